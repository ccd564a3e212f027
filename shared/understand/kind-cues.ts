import type { Kind } from '../domain/types.js';

/** A phrase that points to a kind, with how strongly (explainability: its label becomes a cue). */
export interface Cue {
  kind: Exclude<Kind, 'other'> | 'other';
  weight: number;
  label: string;
  re: RegExp;
}

const c = (kind: Cue['kind'], weight: number, label: string, re: RegExp): Cue => ({ kind, weight, label, re });

/** Cues read sentence by sentence in the original's body (EN first; FR/DE/ES for the common ones). */
export const BODY_CUES: readonly Cue[] = [
  // Rejection: the decision itself, however warmly it is phrased.
  c('rejection', 5, 'regret to inform', /\bregret to (inform|let you know|tell you|share|advise|notify)\b/i),
  c('rejection', 5, 'not moving forward', /\b(not|won'?t|will not|are unable to|decided not to|cannot|can'?t) (be )?(moving|move|going|proceed(ing)?|progress(ing)?|advanc(e|ing)) (forward|further|ahead)\b|\b(not|won'?t|will not|are unable to|decided not to|cannot|can'?t) (be )?(proceed(ing)?|progress(ing)?|continu(e|ing)|taking|take) (with|to) (your|you|the next|this)/i),
  c('rejection', 5, 'no offer', /\b(won'?t|will not|not|unable to|cannot|can'?t|decided not to|are not in a position to) (be )?(extend(ing)?|mak(e|ing)|offer(ing)?) (you )?(an|the|a) ([\w-]+ ){0,4}(offer|position|role)\b/i),
  c('rejection', 5, 'went with a candidate', /\b(move|moving|proceed|proceeding|go|going|went) (forward |ahead )?with (a|an|one) [^.\n]{0,30}\b(candidate|applicant|profile|person|individual)s?\b/i),
  c('rejection', 5, 'offered to someone else', /\b(offer(ed)?|give|given|gone|went|go|fill(ed)?) (the |this |our )?([\w/&'-]+ ){0,6}(position|role|job|it|vacancy) (to|with) (another|a different|an?other|other|an internal) (candidate|applicant|person)|\b(offered|given) (the |this )?([\w/&'-]+ ){0,6}(position|role|job) to (a|one) (candidate|applicant|person) (whose|who|with)\b/i),
  c('rejection', 5, 'offered to someone', /\b(offer|offered|offering|give|given|giving) (the |this |our )?([\w/&'-]+ ){0,6}(position|role|job|post|place|vacancy|it) to (someone|somebody)\b/i),
  c('rejection', 5, 'chose a candidate with', /\b(have |'ve )?(chosen|selected|hired|appointed) (a|another) (candidate|applicant|person) (with|who|whose)\b/i),
  c('rejection', 5, 'offered the role of X to another', /\b(offered|given) (the |this )?(position|role|job|post) of [^.\n]{1,60} to (another|a different|an?other|an internal|someone)\b/i),
  c('rejection', 5, 'gone with someone', /\bwe('ve| have)? (gone|went|decided to go) with (someone|somebody|a|an|another)\b/i),
  c('rejection', 5, 'cannot offer you a place', /\b(won'?t|will not|not|unable to|cannot|can'?t) (be able to )?offer you (a|the) (place|position|role|job|spot)\b/i),
  c('rejection', 5, 'decided not to proceed', /\b(decided|decision|chosen|chose|opted) (not to|against) (proceed|move|continu|pursu|progress|advanc|offer|extend)/i),
  c('rejection', 5, 'other candidates chosen', /\b(move|moving|proceed|proceeding|go|going|went|continue|continuing|decided to go) (forward |ahead )?with (an?other|other|a different|the other|a more)\b[^.\n]{0,40}\b(candidate|applicant|profile|person|individual)s?/i),
  c('rejection', 5, 'selected other candidates', /\b(have |has )?(selected|chosen|hired|appointed) (an?other|other|a different|more suitable|better[- ]suited) (candidate|applicant|profile|individual)s?\b/i),
  c('rejection', 5, 'pursue other candidates', /\bpursu(e|ing) (other|another|different) (candidate|applicant|profile)s?/i),
  c('rejection', 5, 'offer went to someone else', /\b(offer|position|role|job) (went|has gone|was given|has been (offered|given|accepted|extended)) (to )?(an?other|other|a different|someone)/i),
  c('rejection', 5, 'extended offer to another', /\b(extended|made|accepted) (an|the) offer (to|from) (an?other|a different|another) (candidate|applicant|person)/i),
  c('rejection', 5, 'not inviting you further', /\b(won'?t|will not|not|unable to|decided not to) (be )?invit(e|ing) you (to|for|back)\b/i),
  c('rejection', 4, 'position filled', /\b(position|role|vacancy|job) (has|have) (now )?been (filled|closed|cancel+ed)\b|\bwe have (filled|closed) (the|this) (position|role)|\b(decided|had|have) to close (the|this|our) ([\w-]+ ){0,4}(search|role|position|vacancy|requisition|opening)\b|\bwithout (making|making an?) (hire|appointment)\b/i),
  c('rejection', 5, 'hired someone else', /\b(ended up|went ahead and|decided to|have|'ve|already) (hiring|hired|hire) (someone|somebody|another (person|candidate|applicant))\b|\b(spot|position|role|job|place|vacancy) (is|has been|was) (now )?(already )?(taken|gone)\b/i),
  c('rejection', 4, 'not selected', /\b(not|weren'?t|were not|haven'?t been|have not been|was not|wasn'?t) (been )?(the )?(selected|shortlisted|successful|chosen)\b/i),
  c('rejection', 4, 'no longer under consideration', /\bno longer (under consideration|being considered|considering)\b/i),
  c('rejection', 3, 'unable to offer', /\b(unable|not able) to (offer you|extend (you )?an offer|move forward)/i),
  c('rejection', 3, 'better matched candidates', /\b(candidates?|applicants?|profiles?) (whose|who|that) (more closely|better|more) (match|fit|align)/i),
  c('rejection', 5, 'moving forward with others', /\b(move|moving|proceed|proceeding|go|going) (forward|ahead) with (candidates|applicants|others|other people) (whose|who|that)\b/i),
  c('rejection', 5, 'application unsuccessful', /\b(application|candidacy|candidature) (has been|was|is|had been) unsuccessful\b|\b(sorry|sad) to (inform|tell) you that\b[^.\n]{0,60}\bunsuccessful\b/i),
  c('rejection', 3, 'keep your details on file', /\bkeep (your|you) (resume|cv|details|profile|information|application)? ?(on file|in (mind|our (talent|database|system)))/i),
  c('rejection', 2, 'wish you luck in your search', /\bwish(ing)? you (the )?(best|every success|all the best|success|luck|good luck)\b[^.\n]{0,40}\b(search|future|career|endeavou?rs|next)/i),
  c('rejection', 5, 'not progressing your application', /\b(not|won'?t|will not|unable to|cannot|can'?t|decided not to) (be )?(progress(ing)?|advanc(e|ing)|tak(e|ing) forward|proceed(ing)? with|mov(e|ing) forward with) (your|you|it|this)\b/i),
  c('rejection', 5, 'not taking your application further', /\b(not|won'?t|will not|unable to|decided not to|cannot|can'?t) (be )?(tak(e|ing)|progress(ing)?|mov(e|ing)|carry(ing)?) (your|you|it|this) (application |candidacy |candidature )?(any )?(further|forward)\b/i),
  c('rejection', 4, 'position on hold', /\bput (the |this |our )?([\w-]+ ){0,5}(position|role|vacancy|search|hiring|recruitment|process) on hold\b|\b(won'?t|will not|not) (be continuing|get to continue|continue) (the|this|your|with the|with your) (interview |recruitment |hiring |application )?(process|application|candidacy|recruitment)\b|\b(position|role|vacancy|opening|search|hiring|recruitment|requisition) (has been|have been|is being|is|was|are) (now )?(put |placed )?on hold\b/i),
  c('rejection', 2, 'unfortunately', /\bunfortunately\b|\bI'?m afraid\b|\b(sorry|sad) to (say|tell you|let you know)\b|\bmalheureusement\b|\bleider\b|\blamentablemente\b|\bdesafortunadamente\b|\binfelizmente\b|\bpurtroppo\b|\bhelaas\b|\bniestety\b|\btyvärr\b|\bdesværre\b|\bdessverre\b/i),
  c('rejection', 1, 'after careful consideration', /\bafter (careful|much|thorough|long) (consideration|review|deliberation)\b/i),
  c('rejection', 5, 'rejection (FR)', /\b(poste\b[^.\n]{0,60}\b(a été|est (désormais |maintenant |déjà )?|a déjà été) pourvu|pas (été )?retenu|ne (pas )?donner(ons|ont)? (pas )?suite|pas pu retenir|ne correspond pas|au regret de vous (informer|annoncer|faire part)|(avons|a) (finalement |donc |d[ée]j[àa] )?retenu (un|une) (autre )?(profil|candidat|candidature))|(poursuivre|continuer)[^.\n]{0,40}avec (un autre|une autre|d'autres) (candidat|profil)/i),
  c('rejection', 2, 'on this occasion', /\bon this occasion\b|\bat this (time|stage)\b[^.\n]{0,20}$/i),
  c('rejection', 5, 'rejection (DE)', /\b(absage|nicht (weiter )?berücksichtig|(anderen|andere) (kandidat|bewerber)|nicht in die engere auswahl)/i),
  c('rejection', 5, 'rejection (ES)', /\b(no (ha sido|has sido|fue) seleccionad|no (continuar|seguir) con tu candidatura|otros candidatos|otr[ao]s candidat[ao]s|continuar con otr[ao]s (perfiles|personas)|otr[ao]s (candidaturas|perfiles)|lamentamos (comunicarte|comunicarle|informarte|informarle))/i),
  c('rejection', 5, 'rejection (IT/NL/PT)', /\b(altri candidati|altri profili|altro candidato|altro profilo|altra candidatura|non (è stata|sei stat[oa]|è stat[oa]) selezionat|non (proseguire|procedere)|andere kandida(at|ten)|niet (met (jou|je|u) )?(verder|door) (gaan|te gaan)|de kandidaat die (we|wij) (hebben )?(gekozen|geselecteerd|aangenomen)|niet verder in behandeling|gekozen voor een (andere )?kandida|(besloten|gekozen)[^.\n]{0,40}niet|outros candidatos|outro candidato|seguir com outr[oa](\(a\))? candidat|não (foi|foram) selecionad|não (seguiremos|vamos seguir|prosseguir))/i),
  c('rejection', 5, 'rejection (PL/SV/DA/NO)', /(z innymi kandydatami|innego kandydata|z innym kandydatem|z inn[aą] kandydatk[aą]|z przykrością (informujemy|musimy)|inn[aą] kandydatur|nie zosta[łl]\p{L}* wybran|andra kandidater|en annan kandidat|andre kandidater|en anden kandidat|en annen kandidat|ikke (gå|gaa) videre med (din|deres) ans)/iu),
  c('rejection', 5, 'the candidate we chose', /\b(the|a) (candidate|person|applicant)s? (we|they) (chose|selected|went with|hired|appointed|offered)\b/i),
  c('rejection', 5, 'internal candidate appointed', /\b(decided|chosen|chose|opted|agreed) to (appoint|hire|promote|go with|proceed with|offer the (role|position) to) ((an?|their|our|the) )?(internal|other|another|different|existing)\b|\b(appointed|hired|promoted) (an|their|our) internal candidate\b/i),
  c('rejection', 2, 'apply again', /\b(encourage you to|feel free to|hope you('ll| will)|welcome to) (re-?apply|apply again)\b/i),

  // Offer: an offer made to the reader.
  c('offer', 5, 'offer confirmed', /\b(pleased|happy|delighted|excited|thrilled|glad) to (confirm|share|present|send|put forward)\b[^.\n]{0,30}\boffer\b|\bconfirm(ing)? (our|your|the) (verbal |formal |written )?offer\b/i),
  c('offer', 5, 'offer extended', /\b(pleased|happy|delighted|thrilled|excited|glad) to (formally )?(offer|extend)(ing)? you\b/i),
  c('offer', 5, 'made you an offer', /\b(pleased|happy|delighted|thrilled|excited|glad) to (make|extend|give) you (a|an|our) (conditional |formal |verbal |written |job )?offer\b/i),
  c('offer', 5, 'we would like to offer you', /\b(would like|would love|want|'d like|'d love) to (formally )?(offer|extend) you\b/i),
  c('offer', 4, 'join us as', /\b(love|like|want|delighted|excited|thrilled|pleased|happy)( for)? you to join\b[^.\n]{0,40}\bas (our|a|an|the)\b/i),
  c('offer', 5, 'pleasure to offer you', /\bpleasure (to|of|in) (offer|offering|extend|extending) you\b/i),
  c('offer', 4, 'letter of appointment', /\b(letter of appointment|appointment letter|letter of offer|offer of appointment)\b/i),
  c('offer', 5, 'offer of employment', /\b(offer of employment|employment offer|formal offer|job offer|written offer|offer letter|verbal offer)\b/i),
  c('offer', 4, 'offer details', /(?<!\b(?:signing|signed|accepting|accepted|returning|returned) )\b(your|the attached|attached is (your|the)|attached (please find|you'?ll find) (your|the)) offer\b|\boffer (package|details)\b/i),
  c('offer', 3, 'compensation', /\b(base salary|annual salary|a base of|signing bonus|sign-on bonus|equity grant|stock options|compensation package)\b|\d(\.\d+)?% equity\b|\b\d-year vest/i),
  c('offer', 2, 'start date', /\b(proposed|anticipated|your) start date\b/i),
  c('offer', 2, 'welcome aboard', /\bwelcome (aboard|to the team)\b/i),
  c('offer', 5, 'offer (FR/DE/ES)', /\b((complace|agrada|alegra) (extenderte|extenderle|ofrecerte|ofrecerle|hacerte llegar) (una|la) (oferta|propuesta)|carta oferta|anbieten (zu )?können|freuen (uns|wir uns)[^.\n]{0,100}anzubieten|ihren arbeitsvertrag|den arbeitsvertrag erhalten|jahresbruttogehalt|bruttojahresgehalt|proposition d'embauche|promesse d'embauche|lettre d'offre|vous proposer le poste|vertragsangebot|ihnen (gerne )?(die stelle|ein angebot)|ofrecerte|ofrecerle|carta de oferta|oferta (formal|de empleo|de trabajo))/i),
  c('offer', 5, 'offer (IT/NL/PT)', /\b(proposta (de emprego|de trabalho|formal|contratual)|apresentar(-lhe)? uma proposta|offerta (di lavoro|formale)|proposta di assunzione|lettera di offerta|(we bieden je|aanbieden van) (de|een) (functie|baan|arbeidsovereenkomst)|bied(en)? (ik|we|wij) (je|u) (graag |daarom |hierbij |dan ook )*(de|een) (functie|baan|positie)|(kiezen|kies) (ik|we|wij) (graag )?voor (jou|u)\b|bruto maandsalaris|arbeidsvoorwaardenvoorstel|contractvoorstel|(een|ons|het) aanbod (te )?doen|(je|u) (het|ons) aanbod accepteert|bruto per maand)/i),
  c('offer', 5, 'offer (PT/IT, more)', /\b(formaliz(ar|amos) (a |nossa |uma )?proposta|carta[- ]proposta|lettera di proposta|propor(Le|ti|vi) l'assunzione|proposta di lavoro)/i),
  c('offer', 5, 'offer (PL/SV/DA/NO)', /(oferta pracy|ofert[ęe] zatrudnienia|erbjudande om anställning|anställningserbjudande|jobtilbud|tilbud om ansættelse|tilbud om ansettelse)/iu),
  c('offer', 5, 'offering you the post', /\b(offering|offer) you the (post|position|role|job)\b(?! of (an? )?(interview|call))/i),
  c('offer', 3, 'revised offer', /\brevised (offer|letter|contract|terms)\b|\bapproval for (a|the) (base|salary)\b/i),

  // Interview: an invitation, confirmation or reschedule.
  c('interview', 4, 'interview invitation', /\b(invite|inviting|invitation)\b[^.\n]{0,60}\b(interview|conversation|call|chat|meeting|onsite|on-site|screen|round|assessment)\b/i),
  c('interview', 4, 'schedule an interview', /\b(schedule|book|arrange|set up|setup|coordinate)\b[^.\n]{0,30}\b(interview|call|chat|conversation|meeting|screen|onsite|on-site)\b/i),
  c('interview', 5, 'interview confirmed', /\b(interview|call|meeting|screen|onsite|conversation)\b[^.\n]{0,60}\b(is|has been|have been|was) (now )?(confirmed|scheduled|booked|set|moved|rescheduled|changed)\b/i),
  c('interview', 4, 'shortlisted for interview', /\b(shortlisted|selected|invited) (for|to) (an? |the )?(interview|assessment)|\b(you|your application) (have|has) been shortlisted\b/i),
  c('interview', 4, 'interview booked', /\b(booked|scheduled|set up|lined up|pencil+ed|reserved)\b[^.\n]{0,40}\b(interview|call|chat|meeting|onsite|screen|conversation|review)\b/i),
  c('interview', 4, 'time moved', /\b(push|move|shift|bump|change)\b[^.\n]{0,20}\b(it|the interview|the call|our call|the meeting|this|our chat)\b[^.\n]{0,10}\b(to|back|later|earlier)\b|\b(need|have|had) to (move|change|reschedule|push back) (your|the|our) (interview|call|meeting|appointment)\b/i),
  c('interview', 5, 'reschedule', /\breschedul(e|ed|ing)\b|\b(new|updated) (time|date|slot)\b/i),
  c('interview', 3, 'availability asked', /\bwhich of the following\b|\b(send|give) (me|us) (a few|some|your) (times|slots|availability|dates)\b|\bwhich (of these )?(times?|slots?|dates?|options?)\b[^.\n]{0,30}\b(suits?|works?)\b|\b(your availability|are you (available|free|around)|would you be (available|free)|does\b[^.\n]{0,40}\bwork for you|what times? works?|does\b[^.\n]{0,40}\bwork\s*\?|let (me|us) know (when|what|which|if)\b[^.\n]{0,40}\b(time|slot|available|works))/i),
  c('interview', 3, 'pick a time', /\b(pick|choose|select|book|grab) a (time|slot)\b|\bcalendly\.com|\bschedul(ing)? link\b/i),
  c('interview', 3, 'meeting link', /\b(zoom\.us|meet\.google\.com|teams\.microsoft\.com|webex|video call link|dial-in|meeting id)\b|\b(google meet|zoom|teams|webex|meeting|video|call) (link|invite|invitation)\b|\bcalendar (invite|invitation|hold)\b/i),
  c('interview', 4, 'proposes a meeting', /\b(would you be|are you) (up for|free for|keen for|open to|around for) a (coffee|chat|call|quick call|conversation|meeting|catch-up)\b/i),
  c('interview', 4, 'free for a call', /\b(are you|would you be) (free|available|around) (today|tomorrow|this|next|on|at)\b[^.\n]{0,30}\b(for|to do) (a|an) ([\w-]+ ){0,2}(call|chat|screen|interview|conversation|coffee|meeting)\b/i),
  c('interview', 4, 'wants to meet you', /\b(would|'d|we'd|i'd) (very much |really )?(love|like) to (meet|have you in|speak with|talk (to|with)|chat (with|to)) (you|the team)\b|\b(would|'d|we'd|i'd) (love|like) to chat about (the|your|our)\b|\b(would|'d) (like|love) to (have|arrange|set up|schedule|hold) (an?|the) ([\w-]+ )?(interview|call|chat|conversation|meeting) with you\b|\b(could|can) (we|I) see you (on|at|next|this|tomorrow)\b|\b(come in|pop in|have you in|come by|stop by|drop by|swing by|come over|come down|come along|come round|pop down|pop over|pop into|come into)\b[^.\n]{0,60}\b(on|at|for)\b/i),
  c('interview', 3, 'next round', /\b(next|second|final|third|2nd|3rd) (round|stage|step)\b[^.\n]{0,60}\b(interview|call|conversation|onsite|panel|assessment)/i),
  c('interview', 3, 'interview kind', /\b(phone|video|technical|onsite|on-site|virtual|panel|hiring manager|final|first|second|third|(first|second|third|final|next|1st|2nd|3rd)[- ](stage|round))[- ](interview|screen|round|call)\b/i),
  c('interview', 2, 'call on a meeting tool', /\b(call|interview|chat|meeting) (on|via|over) (zoom|teams|microsoft teams|google meet|meet|webex|skype|hangouts)\b/i),
  c('interview', 2, 'speak with you', /\blook(ing)? forward to (speaking|talking|meeting|chatting) (with )?you\b/i),
  c('interview', 4, 'interview (FR/DE/ES)', /\b(entretien|entrevue|vorstellungsgespräch|bewerbungsgespräch|entrevista)\b/i),
  c('interview', 4, 'interview invitation (DE)', /\blad(e|en) (wir |ich )?(sie|dich|euch) (gerne |herzlich )?(zu|für) (einem|einen|ein|unserem|unser|einer)\b[^.\n]{0,80}(gespräch|interview|termin|kennenlernen|telefonat|call)|\b(sie|dich) (gerne |herzlich )?(zu|für) (einem|einen|ein|unserem|einer) [^.\n]{0,60}(gespräch|interview|kennenlernen)[^.\n]{0,60}\beinladen\b|\beinladung zu(m|r)? [^.\n]{0,40}(gespräch|interview|kennenlernen)|\b(sie|dich) (\w+ ){0,2}(zu|zur|zum) [^.\n]{0,60}\bein(zu)?laden\b|\b(möchten|würden) (wir )?(sie|dich) (gerne |gern )?(persönlich )?kennenlernen\b|\bfolgende (termine|zeitfenster) (anbieten|vorschlagen)\b/i),
  c('interview', 4, 'interview (IT/NL/PT)', /\b(colloquio|colloqui|sollicitatiegesprek|kennismakingsgesprek|langskomen|langs te komen|(eerste|tweede|laatste|vervolg) ?gesprek|nodigen (we |wij )?je uit|nodig(en)? u uit)\b/i),
  c('interview', 4, 'interview (SV/DA/NO/PL)', /(\bintervju(?!ene|erna|er\b)|\binvitere (dig|deg) til (en )?(samtale|jobsamtale|intervju)|\bbjud(a|er) in (dig )?till (en |ett )?(intervju|samtal)|\bsamtalen (finder|finner|vil finne) sted|\bjobsamtale|\banställningsintervju|\brozmow[aęy] (kwalifikacyjn|rekrutacyjn)|\bzaprosi\p{L}* na rozmow)/iu),
  c('interview', 4, 'time locked in', /\b(locked in|confirmed|booked in|all set)\b[^.\n]{0,40}\b(for|on) (mon|tues|wednes|thurs|fri|satur|sun)day\b/i),

  // Application receipt.
  c('application', 4, 'application received', /\b(received|receipt of|reviewing|review) your (job )?(application|resume|cv|candidacy|submission|documents)\b/i),
  c('application', 4, 'thanks for applying', /\bthank(s| you) (you )?((very|so) much )?for (applying|your application|submitting your application|your interest in (joining|working|the|our))\b/i),
  c('application', 3, 'application submitted', /\b(application|candidacy) (has been |was )?(successfully )?(submitted|received|sent|logged|registered|recorded)\b/i),
  c('application', 4, 'thanks for sending your CV', /\bthank(s| you)( so much| heaps| very much| a lot)? for (sending|submitting|forwarding|sharing)( over| through)? your (cv|resume|résumé|application|portfolio|details)/i),
  c('application', 4, 'got your CV', /\b(got|received|have received) your (cv|resume|résumé|application|details)\b|\bthank(s| you) for your (cv|resume|résumé)\b/i),
  c('application', 4, 'nothing decided yet', /\b(no decision has been (made|reached|taken)|nothing has been decided|(haven'?t|have not) (yet )?(made|reached) a decision|(application|candidacy) is (still )?(under|in) review|still (reviewing|interviewing|considering|meeting) (the )?(remaining |other )?(candidates|applicants|applications))\b/i),
  c('application', 2, 'passed on', /\bpassed (it|them|your \w+) (on|along) to\b/i),
  c('application', 2, 'team will review', /\b(will|shall) (now )?(carefully )?(review|be reviewing|assess|consider)\b[^.\n]{0,40}\b(application|resume|cv|profile|qualifications|experience)/i),
  c('application', 2, 'will be in touch if', /\b(if|should) (your|you|there)\b[^.\n]{0,80}\b(match|fit|align|qualif|suitable|selected|shortlisted|move forward)/i),
  c('application', 4, 'application (FR/DE/ES)', /\b(candidature (a bien été )?reçue|candidature\b[^.\n]{0,80}\ba (bien )?été (envoyée|transmise|reçue|enregistrée)|(bien )?reçu (votre|ta) candidature|(accusons|accuser) (bonne )?réception de (votre|ta) candidature|merci (pour|de) (votre|ta) candidature|(vous )?remercions (pour|de) (votre|ta) candidature|bewerbung (ist )?(bei uns )?(eingegangen|erhalten)|bewerbung\b[^.\n]{0,80}\b(wurde|ist) (erfolgreich )?(übermittelt|versendet|versandt|eingegangen|abgeschickt)|(dank|danke) für (ihre|deine) bewerbung|(hemos )?recibido (correctamente )?(tu|su) (candidatura|solicitud)|gracias por (tu|su) (candidatura|solicitud|postulaci[oó]n))/i),
  c('application', 4, 'application (IT/NL/PT)', /\b(abbiamo ricevuto (la )?(tua|sua) candidatura|grazie per (la tua|la sua|la|aver inviato la tua|aver inviato la sua) candidatura|candidatura (è|e') stata (ricevuta|inviata|registrata)|acusamos a rece[cç][aã]o|(tu|su) candidatura (se )?ha (sido )?(enviad|recibid|registrad)|(ringraziamo|ringrazio|ti ringraziamo)\b[^.\n]{0,40}\bcandidatura|(we hebben )?je sollicitatie (goed )?ontvangen|bedankt voor (je|uw) sollicitatie|in goede orde ontvangen|ontvangstbevestiging|recebemos (a )?(sua|tua) candidatura|obrigad[oa] (pela|por) (sua |tua )?candidatura)/i),
  c('application', 4, 'application (ES/SV/DA/NO/PL, more)', /(recibimos (tu|su) (postulaci[oó]n|candidatura|solicitud)|confirmamos (la )?recepci[oó]n|confirmamos a rece[cç][aã]o|tack för din ansökan|tak for din ansøgning|takk for (din )?søknad|dziękujemy za (przesłanie|aplikacj|zgłoszenie|Pana aplikacj|Pani aplikacj))/iu),

  // Other: alerts, newsletters, cold outreach.
  c('other', 4, 'job alert', /\b(\d+ (neue|nouvelles|nuevas|nieuwe|nuove) (jobs|stellen\w*|offres|ofertas|vacatures|offerte)|neue jobs für sie|stellenangebote für sie|jobagent|job-empfehlungen|job alerts?|see all \d+ (jobs|roles|matches)|jobs? (you may|you might|that might|that may) (be interested|like)|recommended jobs|new jobs (for you|matching)|\d+ new jobs|jobs matching your|similar jobs|saved (a |your )?search)\b/i),
  c('other', 2, 'mailing footer', /\b(unsubscribe|you('| a)re receiving this|manage (your )?(email )?preferences|view (this email )?in (your )?browser)\b/i),
  // Mail sent because the reader subscribed is never a decision about them, whatever its articles say.
  c('other', 6, 'subscription', /\b(you('| a)re|you are) receiving this (e-?mail |message )?because you (subscribed|signed up|opted in|registered (interest|for (job )?alerts))\b|\byou subscribed to\b/i),
  c('other', 3, 'newsletter', /\b(newsletter|careers bulletin|bulletin|(career|careers|jobs|weekly|monthly) digest|this week'?s (top )?(jobs|roles)|weekly digest)\b/i),
  c('other', 6, 'recruiting event', /(?<!\b(?:meeting|met|meet|speaking|spoke|talking|chatting|chat|saw|seeing) (?:you )?(?:at|during) (?:the |our |a )?(?:[\w-]+ ){0,3})(?<!\b(?:called|going|away|attending) (?:to |at )?(?:a |an |the )?(?:[\w-]+ ){0,2})\b(journée découverte|journée portes ouvertes|portes ouvertes|tag der offenen tür|puertas abiertas|webinar|workshop|live (online )?(q&a|session)|q&a session|masterclass|info session|information session|hiring day|recruitment day|open interviews|walk-in interviews|on-the-spot interviews|career fair|careers fair|job fair|jobs fair|recruitment fair|graduate fair|open day|open evening|open house|careers (evening|event|week)|hiring event|forum de l'emploi|salon de l'emploi|jobmesse|karrieremesse|feria de empleo)\b/i),
  c('other', 4, 'onboarding after an accepted offer', /\b(for|on) (signing|accepting|returning) (your|the) offer\b|\bpre-?joining\b|\bbackground (verification|check) (link|form|process)\b|\bonboarding (portal|process|documents|paperwork)\b/i),
  c('other', 4, 'candidate survey', /\b(survey|feedback form|questionnaire)\b[^.\n]{0,80}\b(candidate|experience|interview)\b|\b(the|this|our|a|short|quick|brief|anonymous) survey (takes|will take|only takes|is anonymous|link)\b|\b(take|complete|fill (in|out)) (a|our|the|this) (short |quick |brief |2-minute |two-minute )?survey\b|\bcandidate experience (survey|feedback)\b|\byour experience as a candidate\b/i),
  c('other', 3, 'agency client hiring', /\b(my|our) client\b[^.\n]{0,80}\b(is|are) (hiring|looking|seeking|recruiting)\b/i),
  c('other', 3, 'cold outreach', /\b(came across your (profile|background|resume)|your (profile|background) (caught|stood out)|open to (new |exploring )?(opportunities|roles|a new role)|exciting opportunity|would you be (open|interested) (to|in))\b/i),
];

// Interview wording that is not an invitation: the past ("thank you for interviewing"), or a
// promise for later ("if selected, we will contact you to schedule an interview").
export const PAST_INTERVIEW = /\b(remercie[^.\n]{0,120}entretien|lors de (l'|notre |votre )entretien|thank(s| you)[^.\n]{0,40}\b(interview|meeting|speaking|talking|time)|after (your|the|our) (interview|conversation)|enjoyed (meeting|speaking|talking|our|the (conversation|interview|chat|call|meeting))|(who|that) met you|it was (great|a pleasure|nice)|during (your|the|our) interview|interviewed with|for interviewing|throughout the (interview|process))/i;
export const CONDITIONAL = /\b(if(?! (that|this|it|the time|these times|either|one of these) ((doesn'?t|does not|don'?t|do not) )?(works?|suits?|is (ok|okay|convenient|fine)|is(n'?t| not) (ok|okay|convenient|fine)))|si|falls|sofern|wenn|sollten?|of (we|wij) (je|u)|of (je|u) (bent|wordt) uitgenodigd|(seul(e)?s )?les (personnes|candidat\w*) (retenu|s[ée]lectionn)\w*|qualora|nel caso|indien|mocht|dan (nodigen|nemen|bellen) (we|wij)|caso|verrai (ri)?contattat[oa]|sarai (ri)?contattat[oa]|ti contatteremo|la contatteremo|te contactaremos|entraremos em contato|should|once|will (reach out|be in touch|contact you|get in touch)|in the coming|whether|in case|(?<!(?:\d|\bin|\bof|\bearly|\blate|\bmid|\bnext|\bthis|\buntil|\bby) )(?<!-)may(?! \d)|might|could potentially|in the event|when we have|as soon as we|selected candidates|shortlisted candidates|qualified candidates|next steps? (will|may|would) (be|include))\b/i;

/** Subject-line cues (weighted lower than the body except for clear ATS subjects). */
export const SUBJECT_CUES: readonly Cue[] = [
  c('interview', 3, 'subject: interview', /\b(interview|invitation|invite|schedul|phone screen|onsite|call with|meeting with|(second|final|next|zweite|nächste|dritte) (round|runde)|entretien|entrevue|vorstellungsgespräch|entrevista|colloquio|sollicitatiegesprek)\b/i),
  c('rejection', 2, 'subject: update on your application', /\b(update (on|regarding|about) your application|your application (status|update))\b/i),
  c('application', 3, 'subject: application received', /\b(application (received|confirmation|submitted)|confirmaci[oó]n de (postulaci[oó]n|candidatura)|thank(s| you) for (applying|your application)|we received your application|candidature reçue|reçu (votre|ta) candidature|bewerbungseingang|eingangsbestätigung|ontvangstbevestiging)\b/i),
  c('offer', 3, 'subject: offer', /^(re:\s*)*offer\s*[-–—:|]|\b(offer letter|job offer|offer of employment|your offer|offer from|letter of appointment|appointment letter|letter of offer)\b/i),
  c('other', 3, 'subject: job alert', /\b(job alert|jobs for you|new jobs|recommended jobs)\b/i),
  c('other', 3, 'subject: survey', /\b(survey|how was your (interview|candidate experience|experience)\b|how was your (interview|candidate) experience|rate your (interview|experience))\b/i),
  c('other', 3, 'subject: newsletter', /\b(newsletter|digest|bulletin)\b/i),
];
