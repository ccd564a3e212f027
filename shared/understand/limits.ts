/**
 * Limits of the understanding engine. Every one exists so that hostile or broken mail
 * finishes quickly with a bounded amount of memory (issue 2, "Bad input").
 */

/** SES accepts at most 40 MB per message; anything bigger cannot have come from it. */
export const MAX_MESSAGE_BYTES = 40 * 1024 * 1024;

/**
 * Most bytes of one message handed to the MIME parser. postal-mime spends about a second of CPU
 * per 1-2 MB of many-line text or base64, so a bigger message is understood from its first part:
 * headers, the text and HTML bodies and calendar parts come first in every client's layout, and
 * what is cut is the tail of large attachments. The raw mail itself is always kept whole.
 */
export const MAX_PARSE_BYTES = 512 * 1024;

/** Deepest MIME multipart nesting postal-mime will follow before rejecting the message. */
export const MAX_MIME_DEPTH = 64;

/** Deepest chain of attached messages (message/rfc822 inside message/rfc822) we unwrap. */
export const MAX_ATTACHED_MESSAGE_DEPTH = 5;

/** Most MIME parts we look at (attachments, calendars, attached messages) per message. */
export const MAX_PARTS = 2000;

/**
 * Longest subject (characters) we read and report: RFC 5322 caps a line at 998, and the subject patterns cost
 * time that grows faster than the subject's length (a 100,000-space subject took 33 s before this cap).
 */
export const MAX_SUBJECT_CHARS = 1_000;

/**
 * Longest display name (characters) we read, after runs of white space are folded to one space: a real one is a few
 * words; a hostile one ("Acme" and 8,000 spaces) cost the name patterns 4 s before this cap and the folding.
 */
export const MAX_DISPLAY_NAME_CHARS = 200;

/** Longest body text (characters) we analyse; the rest of a huge body carries no decisions. */
export const MAX_TEXT_CHARS = 200_000;

/** Longest HTML (characters) handed to the HTML-to-text converter. */
export const MAX_HTML_CHARS = 500_000;

/** Longest text (characters) handed to chrono-node for prose dates; its cost grows with length. */
export const MAX_CHRONO_CHARS = 6_000;

/** Longest text (characters) handed to email-forward-parser, whose regexes scan the whole body. */
export const MAX_FORWARD_SCAN_CHARS = 100_000;

/** Longest calendar part (characters) handed to ical.js. */
export const MAX_CALENDAR_CHARS = 256 * 1024;

/** Longest single line kept for analysis; a 1 MB line without spaces is noise, not prose. */
export const MAX_LINE_CHARS = 2_000;

/** Longest user note / top text we keep (characters). */
export const MAX_NOTE_CHARS = 4_000;
