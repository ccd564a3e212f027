// Caps on inbound values before they reach a draft or a header: a hostile email cannot
// make our mail huge, and a long value cannot push a header past sane line lengths.
export const MAX_NAME_LENGTH = 80;
export const MAX_COMPANY_LENGTH = 100;
export const MAX_ROLE_LENGTH = 120;
export const MAX_SUBJECT_LENGTH = 180;
export const MAX_EMAIL_LENGTH = 254;
export const MAX_NOTE_LENGTH = 600;
/** Words of the user's note a draft may carry (keeps notes to employers short). */
export const MAX_NOTE_WORDS = 40;
/** Hard limit for a note to an employer (product.md). */
export const MAX_DRAFT_WORDS = 180;
export const MAX_DIGEST_ENTRIES = 50;
export const MAX_ACK_LENGTH = 500;
export const MAX_CUES = 8;
