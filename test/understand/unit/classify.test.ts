import { describe, expect, it } from 'vitest';
import { analysisText } from '../../../shared/understand/analysis-text.js';
import { classify } from '../../../shared/understand/classify.js';
import { isEventMailbox } from '../../../shared/understand/sender-kind.js';

const none = { calendarInvite: false, statedTime: false, bulk: false };
const kindOf = (subject: string, body: string) => classify(subject, analysisText(body), none).kind;

describe('classify', () => {
  it('calls a warm rejection that mentions the interview a rejection', () => {
    expect(kindOf('Your interview', 'Thank you for the great interview last week. Unfortunately, we have decided to move forward with other candidates.')).toBe('rejection');
  });

  it('calls "the offer went to another candidate" a rejection', () => {
    expect(kindOf('Update', 'We enjoyed meeting you. In the end the offer went to another candidate who has accepted.')).toBe('rejection');
  });

  it('reads rejections phrased the British way and with the title in between', () => {
    expect(kindOf('Your application', 'After careful review we have decided not to take your application further at this time.')).toBe('rejection');
    expect(kindOf('Your final interview', "After a lot of discussion we've decided to offer the Senior Product Designer role to another candidate.")).toBe('rejection');
    expect(kindOf('Following up', 'It was a very close decision, but we have offered the position to a candidate whose background includes certification work.')).toBe('rejection');
  });

  it('reads an invitation without the word "interview"', () => {
    expect(kindOf('Catch-up', "I'd love to have you in to meet the team properly. Could you come in on Thursday 15 October at 2pm? Let me know if that works.")).toBe('interview');
    expect(kindOf('Re: Staff ML Engineer', "I've sent a calendar hold for Thursday, July 9 at 11am PT - just accept it if that works.")).toBe('interview');
  });

  it('reads Italian, Dutch and Portuguese mail', () => {
    expect(kindOf('Colloquio', 'Siamo lieti di invitarLa a un colloquio conoscitivo martedì 16 giugno alle ore 15:00.')).toBe('interview');
    expect(kindOf('Je sollicitatie', 'Helaas moeten we je laten weten dat we je sollicitatie niet verder in behandeling nemen.')).toBe('rejection');
    expect(kindOf('Retorno', 'Infelizmente, decidimos seguir com outros candidatos cujo perfil está mais alinhado.')).toBe('rejection');
    expect(kindOf('Proposta de emprego', 'Tenho o prazer de lhe apresentar uma proposta para a posição de Engenheira de Dados.')).toBe('offer');
  });

  it('calls a receipt that promises an interview later an application', () => {
    expect(kindOf('Thank you for applying', 'Thank you for applying to Acme. We have received your application. If your profile matches, we will contact you to schedule an interview.')).toBe('application');
  });

  it('calls an invitation with a time an interview', () => {
    expect(kindOf('Interview', "We'd like to invite you to a video interview. Would Tuesday at 2pm ET work for you?")).toBe('interview');
  });

  it('calls an offer an offer even when it mentions the interviews', () => {
    expect(kindOf('Offer', 'After your interviews, we are delighted to offer you the position of Designer. Your offer letter is attached.')).toBe('offer');
  });

  it('calls job alerts and cold outreach other', () => {
    expect(kindOf('New jobs for you', 'Your job alert: 12 new jobs matching your search. Recommended jobs below.')).toBe('other');
    expect(kindOf('Opportunity', 'I came across your profile and would you be open to a quick chat about an exciting opportunity?')).toBe('other');
  });

  it('reports the cues that decided', () => {
    const v = classify('x', analysisText('We regret to inform you that the position has been filled.'), none);
    expect(v.cues.join(' ')).toContain('regret to inform');
  });
  it('reads Swedish, Danish, Norwegian and Finnish mail', () => {
    expect(kindOf('Besked gällande din ansökan', 'Tyvärr har vi inte möjlighet att gå vidare med din ansökan i den här rekryteringen.')).toBe('rejection');
    expect(kindOf('Din ansøgning', 'Tak for din ansøgning. Vi må desværre meddele, at du ikke er udvalgt til stillingen.')).toBe('rejection');
    expect(kindOf('Tilbud om stilling som rådgiver', 'Jeg har gleden av å tilby deg fast stilling som rådgiver i seksjon for digitalisering.')).toBe('offer');
    expect(kindOf('Samtale', 'Vi vil rigtig gerne møde dig til en samtale onsdag den 31. marts kl. 14.00.')).toBe('interview');
    expect(kindOf('Hakemuksesi on vastaanotettu', 'Kiitos hakemuksestasi. Otamme yhteyttä haastatteluun valittaviin hakijoihin.')).toBe('application');
  });

  it('reads a proposed chat, a booked assessment centre and a post "since" filled', () => {
    expect(kindOf('Re: Frontend Developer role', 'Would Wednesday 31 March at 2pm suit for a chat in person?')).toBe('interview');
    expect(kindOf('Your booking', 'Congratulations on progressing to the Virtual Assessment Centre. Your session is confirmed for Wednesday 14 April.')).toBe('interview');
    expect(kindOf('RE: Application', 'Thank you for your interest. We wish to inform you that the position has since been filled.')).toBe('rejection');
  });

  it('does not take Polish "się" for a condition', () => {
    expect(kindOf('Zaproszenie na rozmowę rekrutacyjną', 'Zapraszamy Panią na rozmowę rekrutacyjną, która odbędzie się w środę 10 marca.')).toBe('interview');
  });
  it('reads an offer made in a line, a resume passed on, and rejections that only apply without news', () => {
    expect(kindOf('line cook', 'Chef loved your stage tonight. We want you on the line. $21/hr to start. Can you start next Wednesday?')).toBe('offer');
    expect(kindOf('Re: Bike Mechanic', 'Got it, thanks Noah! Passing your resume to Jess who runs the shop floor.')).toBe('application');
    expect(kindOf('Nous avons bien reçu votre candidature', "Merci pour votre candidature. Sans nouvelles de notre part d'ici trois semaines, vous pourrez considérer que votre profil n'a pas été retenu.")).toBe('application');
    expect(kindOf('Takk for din søknad', 'Vi bekrefter at vi har mottatt din søknad og kontakter aktuelle kandidater for intervju.')).toBe('application');
  });

  it('reads a job fair in French with its unsubscribe line as other', () => {
    expect(kindOf('Forum Emploi Ingénieurs 2027', "Le Forum Emploi Ingénieurs revient le jeudi 25 mars. Des ateliers CV et simulations d'entretien. Pour ne plus recevoir nos communications, cliquez ici.")).toBe('other');
  });
  it('reads offers in writing or by text, agency CVs received, assessment days and internal promotions', () => {
    expect(kindOf('Verbal offer confirmed - Project Officer', "Great chatting earlier - as promised, here's the offer from Moreton Bay Water in writing.")).toBe('offer');
    expect(kindOf('you got the job', 'You got the job! Dock Worker, $19.50/hr. Start Monday 3/22.')).toBe('offer');
    expect(kindOf('Re: Interim Finance Director', "Many thanks for the updated CV and day rate expectations - all received. I'll present you to the client tomorrow.")).toBe('application');
    expect(kindOf('Your assessment day', "Thanks for applying. We'd love you to come along to one of our assessment days.")).toBe('interview');
    expect(kindOf('Part time sales associate', 'Got your application, thanks! Would love to have you come in and chat. I can do Tuesday at 2 or Thursday at 4.')).toBe('interview');
    expect(kindOf('Re: Bar Manager', "Unfortunately we've decided to go another way with the bar manager role - we've promoted one of our existing supervisors into it.")).toBe('rejection');
  });

  it('reads more French, Spanish, German and Polish decisions', () => {
    expect(kindOf('Gestionnaire de fortune', 'Nous avons finalement proposé le poste de gestionnaire de fortune senior à un autre candidat, qui l\'a accepté.')).toBe('rejection');
    expect(kindOf('Pasantía', 'Lamentablemente, hemos decidido seguir adelante con otra candidata cuyo perfil se ajusta más.')).toBe('rejection');
    expect(kindOf('Vertragsangebot', 'Ich freue mich, Ihnen die Position als Senior Manager bei der Würmtal Consulting GmbH anbieten zu dürfen.')).toBe('offer');
    expect(kindOf('Oferta pracy', 'Chcemy zaoferować Ci pracę na stanowisku Picker/Packer.')).toBe('offer');
    expect(kindOf('Poste', 'Votre parcours a retenu toute notre attention et je vous propose que nous nous rencontrions le lundi 15 mars à 18h.')).toBe('interview');
  });
  it('reads posts filled internally, offers to the other finalist, and French, Polish and Afrikaans rejections', () => {
    expect(kindOf('Re: Junior Web Developer', 'Just wanted to let you know we ended up filling the junior dev spot internally.')).toBe('rejection');
    expect(kindOf('Following up', 'You were one of two finalists. In the end, we extended the offer to the other finalist, who has accepted.')).toBe('rejection');
    expect(kindOf('Suite à votre entretien', 'Après mûre réflexion, nous avons décidé de retenir une autre candidature pour le poste de Responsable export.')).toBe('rejection');
    expect(kindOf('Odpowiedź w sprawie rekrutacji', 'Po analizie wszystkich kandydatur zdecydowaliśmy się zaproponować to stanowisko innej osobie.')).toBe('rejection');
    expect(kindOf('Aansoek', 'Ongelukkig moet ons jou meedeel dat jou aansoek hierdie keer nie suksesvol was nie.')).toBe('rejection');
    expect(kindOf('Accusé de réception', 'Nous vous remercions pour votre candidature. Les candidats présélectionnés seront contactés pour un entretien qui se déroulera dans la semaine du 22 mars.')).toBe('application');
  });
  it('reads German, French, Spanish, Portuguese and Italian receipts, offers, invitations and rejections', () => {
    expect(kindOf('Ihre Bewerbung', 'Leider müssen wir Ihnen mitteilen, dass wir uns für Kandidierende entschieden haben, deren Profil noch besser passt.')).toBe('rejection');
    expect(kindOf('Vielen Dank für Ihre Bewerbung', 'Ihre Unterlagen sind vollständig bei uns eingegangen.')).toBe('application');
    expect(kindOf('Ihr Angebot', 'Wir freuen uns, Ihnen heute ein Angebot für die Position Projektmanager unterbreiten zu können.')).toBe('offer');
    expect(kindOf('Telefoninterview', 'Wir möchten Sie gerne in einem kurzen Telefoninterview näher kennenlernen.')).toBe('interview');
    expect(kindOf('Confirmation de notre proposition', 'Je vous confirme par écrit notre proposition pour le poste de Chef de projet.')).toBe('offer');
    expect(kindOf('Re: Candidature graphiste', 'Malheureusement on a finalement décidé de ne pas recruter de graphiste junior pour le moment.')).toBe('rejection');
    expect(kindOf('Votre candidature', "Je vous propose qu'on s'appelle demain à 11h, ça vous va ?")).toBe('interview');
    expect(kindOf('Búsqueda', 'Te escribo para contarte que finalmente le extendimos la oferta a otro candidato.')).toBe('rejection');
    expect(kindOf('Oferta de trabajo', 'Te informamos que fuiste seleccionado para el puesto de Supervisor de Producción.')).toBe('offer');
    expect(kindOf('Processo seletivo', 'Infelizmente a vaga foi preenchida internamente.')).toBe('rejection');
    expect(kindOf('Candidatura', 'Obrigado pelo envio do seu CV para a função de Contabilista.')).toBe('application');
    expect(kindOf('Aggiornamento', "L'azienda cliente ha deciso di proseguire con un'altra candidata.")).toBe('rejection');
  });

  it('reads an agency submitting a resume and a client that can see you tomorrow', () => {
    expect(kindOf('RE: Regulatory Affairs Specialist', "I'll be submitting you to Calloway Biologics for the Regulatory Affairs Specialist II position.")).toBe('application');
    expect(kindOf('Quick one', 'Pelican Civil have had a cancellation and can see you for the Site Engineer role tomorrow at 2pm.')).toBe('interview');
    expect(kindOf('Moorfield BS', 'Bad news - Moorfield Building Society have gone with an internal candidate for the Data Engineer contract.')).toBe('rejection');
  });
  it('reads a further round of German, French, Spanish, Portuguese, Italian, Dutch, Nordic and Polish mail', () => {
    expect(kindOf('Deine Bewerbung', 'Wir haben uns am Ende für eine andere Person entschieden.')).toBe('rejection');
    expect(kindOf('Bewerbung Schreiner', 'Die Stelle ist inzwischen leider schon vergeben.')).toBe('rejection');
    expect(kindOf('Ihre Bewerbung wurde versendet', 'Ihre Bewerbung wurde erfolgreich an Hofmann Logistik GmbH & Co. KG übermittelt.')).toBe('application');
    expect(kindOf('Dienstvertrag', 'Wir möchten Sie als Bauleiter in unser Team aufnehmen. Im Anhang finden Sie den Dienstvertrag zur Durchsicht.')).toBe('offer');
    expect(kindOf('AW: Gesprächstermin', 'Prima, dann halten wir Mittwoch, 24.03., 15:30 Uhr fest.')).toBe('interview');
    expect(kindOf('Votre candidature', 'Après mûre réflexion, nous avons décidé de ne pas poursuivre avec votre profil pour ce poste.')).toBe('rejection');
    expect(kindOf('Re: Candidature', 'Merci pour votre CV. Pouvez-vous passer demain à 11h pour qu\'on discute ?')).toBe('interview');
    expect(kindOf('Tu candidatura', 'Queremos informarte de que la plaza de Recepcionista ha sido cubierta por otra candidata.')).toBe('rejection');
    expect(kindOf('Candidatura', 'Lamentamos informar que não iremos dar seguimento à sua candidatura nesta fase.')).toBe('rejection');
    expect(kindOf('Offerta di lavoro', 'Felsina Pharma desidera offrirti il ruolo di Specialista Affari Regolatori.')).toBe('offer');
    expect(kindOf('RE: Gesprek', 'Top, dan zetten we donderdag 1 april om 15:00 vast.')).toBe('interview');
    expect(kindOf('Angående din ansökan', 'Rekryteringen är nu avslutad och vi har valt att erbjuda tjänsten till en annan sökande.')).toBe('rejection');
    expect(kindOf('Propozycja zatrudnienia', 'Chcielibyśmy zaproponować Pani stanowisko Starszej Księgowej.')).toBe('offer');
    expect(kindOf('Dziękujemy za aplikację', 'Twoje zgłoszenie zostało przyjęte i jest obecnie analizowane.')).toBe('application');
  });
  it('reads the last blind round\'s wording in English, German, Dutch, Italian, Portuguese and Swedish', () => {
    expect(kindOf('Phone screen', 'The hiring manager wants to do a quick phone screen. He has Thursday 3/18 at 3:00pm EDT open.')).toBe('interview');
    expect(kindOf('Ihre Bewerbung', 'Danke für Ihre Bewerbung. Wir würden Sie gerne in einem ersten Gespräch (ca. 45 Minuten, per Videocall) kennenlernen.')).toBe('interview');
    expect(kindOf('Zusage', 'Wie besprochen bieten wir Ihnen ein Jahresgehalt von 46.500 € brutto.')).toBe('offer');
    expect(kindOf('Gesprek', 'Zoals telefonisch besproken bevestig ik hierbij je gesprek voor de functie Kwaliteitsverantwoordelijke op vrijdag 2 april om 11:00.')).toBe('interview');
    expect(kindOf('Visual Merchandiser', "Purtroppo per la posizione di Visual Merchandiser abbiamo scelto un'altra candidata.")).toBe('rejection');
    expect(kindOf('Offerta', 'Ferretti Logistica intende offrirLe la posizione di Responsabile di magazzino. In allegato trova la lettera di assunzione.')).toBe('offer');
    expect(kindOf('Processo seletivo', 'Informamos que a vaga já foi preenchida.')).toBe('rejection');
    expect(kindOf('SV: Intervju', 'Toppen, då kör vi torsdag den 11 mars kl. 09.30 på vårt kontor.')).toBe('interview');
  });

  it('reads an offer denied as a rejection, and German and French positions filled in other words', () => {
    expect(kindOf('Ihre Bewerbung als Teamleitung Disposition', 'Wir müssen Ihnen daher leider mitteilen, dass wir Ihnen die Position als Teamleitung Disposition nicht anbieten können.')).toBe('rejection');
    // Portuguese "no" is "in the": no denial.
    expect(kindOf('Proposta', 'Que alegria te escrever esse e-mail: queremos muito você no time! Segue a proposta.')).toBe('offer');
    expect(kindOf('AW: Bewerbung Polier', 'Wir haben die Stelle mittlerweile vergeben, deshalb muss ich Ihnen leider absagen.')).toBe('rejection');
    expect(kindOf('Ihre Bewerbung', 'Wir möchten Sie darüber informieren, dass die Stelle zwischenzeitlich intern besetzt werden konnte.')).toBe('rejection');
    expect(kindOf('Votre candidature', 'Après réflexion, nous avons choisi de ne pas avancer avec ton profil pour la suite du process.')).toBe('rejection');
    expect(kindOf('Animateur 3D', 'Mais on a fait une offre à un autre animateur. Le poste est donc pourvu.')).toBe('rejection');
  });

  it('reads rejections that name another person, and a Danish "se dig til en samtale"', () => {
    expect(kindOf('Ihr Vorstellungsgespräch', 'Umso mehr bedauere ich, Ihnen mitteilen zu müssen, dass die Stelle als Stationsleitung Kardiologie nun doch intern besetzt wurde.')).toBe('rejection');
    expect(kindOf('Stillingen', 'Takk for at du møtte oss på intervju. Vi har nå gjennomført alle intervjuene, og det ble dessverre ikke deg denne gangen.')).toBe('rejection');
    expect(kindOf('Rekrutacja', 'Po analizie wszystkich zgłoszeń zdecydowaliśmy, że nie zaprosimy Pani na rozmowę kwalifikacyjną.')).toBe('rejection');
    expect(kindOf('Proceso', 'Gracias por la entrevista. Hemos decidido continuar el proceso con otra persona para el puesto.')).toBe('rejection');
    expect(kindOf('Din ansökan', 'Tack för din ansökan. Tyvärr har vi valt att gå vidare med andra sökande.')).toBe('rejection');
    expect(kindOf('Samtale', 'Tak for din ansøgning. Vi vil gerne se dig til en samtale onsdag den 17. marts kl. 10.30.')).toBe('interview');
  });
  it('reads the ninth session\'s English wording: a role filled, a client that chose another finalist, an offer relayed, a trial shift', () => {
    expect(kindOf('RE: Senior Product Manager, Payments - next steps?', "I wanted to let you know that we've filled the Senior Product Manager, Payments role.")).toBe('rejection');
    expect(kindOf('Meridian Ledger update', 'Meridian Ledger met with the board on Wednesday and has decided to move forward with another finalist for the VP Product role.')).toBe('rejection');
    expect(kindOf('Dunmore - offer', 'Dunmore Shipping Group has formally offered you the role of General Counsel & Company Secretary.')).toBe('offer');
    expect(kindOf('Sous Chef trial shift', 'Chef Ade would love to see you in the kitchen for a paid trial shift for the Sous Chef role.')).toBe('interview');
    expect(kindOf('Contracts Administrator opportunity', 'Just a quick note to let you know my client has decided to progress with other candidates for the Contracts Administrator contract.')).toBe('rejection');
    expect(kindOf('RE: Claims Team Leader', "They've decided to appoint internally - one of their existing senior handlers has been acting up in the role.")).toBe('rejection');
    expect(kindOf('Venue Manager', "I've decided to go with someone who's run a venue our size before, so I won't be offering you the Venue Manager job this time round.")).toBe('rejection');
    expect(kindOf('Level Designer at Liffeyside Games', "We've now reviewed all applications and unfortunately we won't be taking yours further this time.")).toBe('rejection');
    expect(kindOf('Re: Game Economy Designer - chat on Monday?', 'Monday 8 March at 13:00 Istanbul time (GMT+3) works great for us. I\'ll send a Meet link on Monday morning.')).toBe('interview');
    // Still a denial: "cannot" before the offer.
    expect(kindOf('Your application', 'We are sorry that we cannot offer you the role at this time.')).toBe('rejection');
  });
  it('reads the ninth session\'s second round: offers by appointment or "on board as", chats proposed, rejections in five languages, subscriptions and surveys', () => {
    expect(kindOf('Offer', "Steph and I are both keen to have you on board as our Founding Account Executive at Tallyhop.")).toBe('offer');
    expect(kindOf('Teacher of Mathematics', 'I am delighted to inform you that the Board of Management has approved your appointment to the post of Teacher of Mathematics. This offer is conditional on satisfactory Garda vetting.')).toBe('offer');
    expect(kindOf('Cafe Manager - next step', "Thanks for your application for the Cafe Manager role. We'd love to have a proper chat. Could you let me know which of these suits?")).toBe('interview');
    expect(kindOf('Re: Inventory Clerk', "We've now put together a shortlist for interviews. Unfortunately you weren't on it this time.")).toBe('rejection');
    expect(kindOf('Souschef', 'Ich würde Sie gerne am Samstag, 10. April, um 10 Uhr zu einem Gespräch mit anschließendem Probekochen ins Hotel einladen.')).toBe('interview');
    expect(kindOf('Re: Entretien', 'On a pris le temps de réfléchir et on a finalement décidé de partir sur un profil plus senior pour ce poste.')).toBe('rejection');
    expect(kindOf('Colloquio', 'Purtroppo per il ruolo di Responsabile di Produzione abbiamo scelto un profilo con più esperienza.')).toBe('rejection');
    expect(kindOf('Senior Exploration Geologist', 'I wanted to let you know that the Senior Exploration Geologist position for our Cordillera Blanca project has now been filled.')).toBe('rejection');
    expect(kindOf('Re: Product Manager - next step', "She'd like you to meet the rest of the product trio. Could you do Thursday 21 October at 13:30?")).toBe('interview');
    expect(kindOf('Puhelinhaastattelu', 'Haluaisin sopia kanssasi lyhyen puhelinhaastattelun.')).toBe('interview');
    expect(kindOf('Re: Aplikacja', 'Potwierdzam otrzymanie Pana aplikacji na stanowisko Specjalista ds. Zakupów.')).toBe('application');
    expect(kindOf('La lettre', 'ATELIERS EN LIGNE - Réussir son entretien en visio - jeudi 18 mars, 12h30. Vous recevez cette lettre car vous êtes inscrit(e) sur Cadres Avenir.')).toBe('other');
    expect(kindOf('Hoe heb je je sollicitatiegesprek bij ons ervaren?', 'Onlangs had je een sollicitatiegesprek bij ons. Wil je een korte vragenlijst invullen?')).toBe('other');
  });
  it('reads a refusal to take the reader to the next stage, a CV acknowledged, a French "ne retiendrons pas", and a promise to the shortlisted', () => {
    expect(kindOf('Your application', "We're sorry to say that we won't be progressing to the interview stage with you this time.")).toBe('rejection');
    expect(kindOf('Re: Boatbuilder position', "Cheers for your CV, got it. We're going through applications this week.")).toBe('application');
    expect(kindOf('Candidature', 'Malgré l\'intérêt de votre parcours, nous ne retiendrons pas votre candidature pour la suite du processus.')).toBe('rejection');
    expect(kindOf('RE: Hoja de vida', 'Muchas gracias por enviarnos su hoja de vida. La recibimos sin problema. Después de esa fecha contactamos a los preseleccionados para la entrevista.')).toBe('application');
  });
  it('reads a post given to someone else with its title in between, in German, French, Spanish, Italian and Swedish, over a warm word about the interview', () => {
    expect(kindOf('Dein Interview bei Kobaltwerk', 'Vielen Dank für das richtig gute Interview am Dienstag! Wir haben uns entschieden, die Stelle als Platform Engineer mit einer Person zu besetzen, die bereits tiefe Erfahrung mitbringt. Wir werden dir deshalb kein Angebot machen können.')).toBe('rejection');
    expect(kindOf('Re: Entretien final – Responsable communication', 'Un grand merci pour votre entretien final de jeudi dernier. Nous avons toutefois décidé de proposer le poste de Responsable communication à une autre candidate.')).toBe('rejection');
    expect(kindOf('Concours 2027-014', 'Merci pour votre présence en entrevue la semaine dernière. Le comité de sélection a arrêté son choix sur une autre candidature.')).toBe('rejection');
    expect(kindOf('RE: Entrevista Jefe de Obra', 'Muchas gracias por tu tiempo en la entrevista del martes. Aun así, nos hemos decantado por otro candidato que conoce ya a nuestros subcontratistas.')).toBe('rejection');
    expect(kindOf('Posizione di Contabile Senior', 'Facciamo seguito al colloquio del 4 marzo per la posizione di Contabile Senior. La informiamo che la posizione è stata nel frattempo coperta.')).toBe('rejection');
    expect(kindOf('Besked gällande tjänsten', 'Vi vill meddela att tjänsten som Kundrådgivare privat i Västerås nu är tillsatt.')).toBe('rejection');
    expect(kindOf('Din ansökan – Ekonomiassistent', 'Vi har gjort ett urval av kandidater som vi kommer att bjuda in till intervju. Tyvärr går du inte vidare till intervjusteget den här gången.')).toBe('rejection');
  });
  it('reads a search firm\'s client meeting you, a confirmed final conversation, an internal appointment, a role off the table, and no rejection in a promise to the shortlisted', () => {
    expect(kindOf('Ashcombe Lyle - Partner meeting confirmed', 'Delighted to confirm that Ashcombe Lyle would like you to meet Hugh Garside (Senior Partner).')).toBe('interview');
    expect(kindOf('RE: SVP Marketing - final conversation', 'Confirming your final conversation for the SVP, Marketing role: Wednesday 5/12 at 9:00am Mountain with our CEO.')).toBe('interview');
    expect(kindOf('Sagebrook Insurance - next steps', 'Good news - Sagebrook Insurance would like to move you forward to meet their Group Chief Distribution Officer.')).toBe('interview');
    expect(kindOf('Oakmere Pharmaceuticals - General Counsel', 'Oakmere Pharmaceuticals has now appointed to the General Counsel role. The board chose an internal candidate, their current Deputy GC.')).toBe('rejection');
    expect(kindOf('Re: TPM contract', "Bad news, I'm afraid - they've decided to extend their current contractor for another 6 months, so the role is off the table for now.")).toBe('rejection');
    expect(kindOf('Application received', 'This is an automated acknowledgement that your application has been received. Shortlisted candidates will be invited to interview. Candidates who are not shortlisted will be notified by email.')).toBe('application');
  });
  it('reads a temp booking, a shortlist missed, a closer match, a call proposed or agreed, a networking dinner, and the same in French, Portuguese, Spanish, Polish and Dutch', () => {
    expect(kindOf('Assignment offer: Legal Secretary', 'Great news - Holloway & Pike Solicitors would like to book you for the Legal Secretary temp assignment we discussed.')).toBe('offer');
    expect(kindOf('RE: VP, People', "I'm sorry to say you won't be on the shortlist this time.")).toBe('rejection');
    expect(kindOf('Application Status', 'We have carefully reviewed your application and have selected candidates whose experience more closely matches the requirements of the position.')).toBe('rejection');
    expect(kindOf('Logistics Coordinator - quick chat?', 'Would you have time for a 30 minute call with me on Monday the 15th at 10:30am ET?')).toBe('interview');
    expect(kindOf('RE: Application - GIS Technician', 'Thursday, March 4 at 3pm Mountain works on our end.')).toBe('interview');
    expect(kindOf('Invitation: CFO Roundtable Dinner - Thursday 8 April', 'Our Financial Officers Practice warmly invites you to our spring CFO Roundtable Dinner. Date: Thursday 8 April 2027 Time: 6.30pm drinks.')).toBe('other');
    expect(kindOf('Proposition de contrat - Infirmier', "J'ai le plaisir de vous informer que le Centre Hospitalier souhaite vous engager en qualité d'infirmier.")).toBe('offer');
    expect(kindOf('Re: Candidature commis de cuisine', 'Merci pour votre mail et votre CV, bien reçus.')).toBe('application');
    expect(kindOf('Re: Candidatura - Gerente de Loja', 'Obrigada pelo seu contacto. Recebi a sua candidatura para Gerente de Loja e vou analisá-la.')).toBe('application');
    expect(kindOf('Jornada de prueba - Jefe de Partida', 'Nos gustaría que vinieras a hacer una jornada de prueba con el equipo.')).toBe('interview');
    expect(kindOf('Rozmowa - Tester', 'Chciałabym zaprosić Panią na krótką rozmowę telefoniczną w środę, 24 marca o godz. 10:00.')).toBe('interview');
    expect(kindOf('Re: Sollicitatie servicemonteur', 'We hebben inmiddels iemand gevonden voor de functie, dus we gaan helaas niet verder met je sollicitatie.')).toBe('rejection');
    expect(kindOf('Je sollicitatie is verstuurd', 'Hoi Kevin, je sollicitatie is verstuurd!')).toBe('application');
  });
  it('reads a German meeting proposed, a post filled, French promises to the shortlisted, a temp mission, a step list, and an offer made to another in Spanish', () => {
    expect(kindOf('Restaurantleitung – Kennenlernen', 'Hätten Sie am Freitag, den 19. März um 15 Uhr Zeit für ein persönliches Kennenlernen bei uns im Café?')).toBe('interview');
    expect(kindOf('Leiter Finanzbuchhaltung', 'Hätten Sie in den nächsten Tagen Zeit für ein kurzes, unverbindliches Telefonat?')).not.toBe('interview');
    expect(kindOf('Ihre Bewerbung', 'Das Auswahlverfahren ist inzwischen abgeschlossen, und die Stelle konnte besetzt werden. Wir bedauern, Ihnen keinen positiven Bescheid geben zu können.')).toBe('rejection');
    expect(kindOf('Accusé de réception', 'Nous accusons réception de votre candidature. Les candidat(e)s présélectionné(e)s seront convié(e)s à un entretien qui se tiendra la semaine du 18 octobre.')).toBe('application');
    expect(kindOf('Re: Suivi entrevue', "Malgré tout, on a décidé d'aller de l'avant avec une autre candidate qui a plus d'expérience.")).toBe('rejection');
    expect(kindOf('Confirmation mission – Assistante comptable', 'Sibel Cartonnages a validé votre profil suite à votre entretien de mercredi et souhaite vous accueillir pour la mission. Début : lundi 11 octobre 2027, 8h30.')).toBe('offer');
    expect(kindOf('Inscrição recebida', 'Recebemos sua inscrição. Próximas etapas: 1. Triagem de currículos até 19/03 2. Entrevistas presenciais na semana de 22 de março. Os candidatos selecionados para entrevista serão avisados por WhatsApp.')).toBe('application');
    expect(kindOf('Vacante Gerente de Restaurante', 'Te quería avisar personalmente que decidimos ofrecerle el puesto a otro candidato con más experiencia.')).toBe('rejection');
  });
  it('reads Dutch and Danish refusals, a post filled internally, other candidates who more closely meet the needs, an Italian wish to meet, a German trial shift', () => {
    expect(kindOf('Je sollicitatie - gesprekken', 'De selectie voor de eerste gespreksronde is gemaakt. Helaas ben je niet geselecteerd voor een gesprek.')).toBe('rejection');
    expect(kindOf('Vedr. din ansøgning', 'Vi har desværre måttet vælge dig fra i denne omgang. Vi går videre med kandidater, hvis erfaring matcher stillingen tættere.')).toBe('rejection');
    expect(kindOf('RE: Warehouse Manager', 'We ended up filling the Warehouse Manager spot with someone internally.')).toBe('rejection');
    expect(kindOf('Job 2700412 Senior Financial Analyst', 'We have determined that other candidates more closely meet the needs of this position.')).toBe('rejection');
    expect(kindOf('Colloquio Disegnatore Tecnico CAD', 'Vorremmo conoscerla di persona presso il nostro stabilimento.')).toBe('interview');
    expect(kindOf('Re: Bewerbung Sous-Chef', 'Komm doch am Samstag, 20. März, um 8 Uhr zum Probearbeiten in die Küche.')).toBe('interview');
  });
  it('reads a meeting moved or arranged, a trial shift, a client appointing from within, an application not taken further, and a founder who wants you on board', () => {
    expect(kindOf('RE: Managing Director - change of time', 'Hi Gavin,\n\nMarc has been pulled into an IC meeting, so we need to move your conversation with him away from Thursday.\n\nCould we do Friday instead?')).toBe('interview');
    expect(kindOf('Confirmed: Lanternfish Payments', 'Dear Priya,\n\nI am pleased to set out the arrangements for your meeting with Lanternfish Payments.')).toBe('interview');
    expect(kindOf('Sous Chef', 'Kia ora Liam,\n\nAs the next step we\'d like you to do a paid trial shift in the kitchen this Thursday, starting at 2pm.')).toBe('interview');
    expect(kindOf('Marlowe Building Society - Chief Risk Officer', 'Dear Marcus,\n\nThe board of Marlowe Building Society has decided to appoint from within for the Chief Risk Officer role.')).toBe('rejection');
    expect(kindOf('RE: Head of Claims', "Hi Marcus,\n\nI'm sorry to say they've decided not to take your application for the Head of Claims role any further.")).toBe('rejection');
    expect(kindOf('Plotline', "Hey Jordan,\n\nThe team's feedback was unanimous - we want you on board as our first Product Manager.\n\nWhat we can offer: $142k base.")).toBe('offer');
  });
});

describe('classify: events and surveys', () => {
  it('calls job fairs, open days and leadership breakfasts in several languages events, not interviews', () => {
    expect(kindOf('Zaproszenie: Pomorskie Targi Pracy 2027 – 20 marca, Gdańsk', 'Zapraszamy na Pomorskie Targi Pracy, 20 marca o godz. 10:00. Porozmawiaj z pracodawcami i przynieś CV.')).toBe('other');
    expect(kindOf('Invitation: CFO Breakfast Roundtable, Thursday 18 March', 'We would be delighted if you could join us for our CFO Breakfast Roundtable on Thursday 18 March at 7:30am in our London office.')).toBe('other');
    expect(kindOf('Invitasjon: Karrierekveld for ingeniører 22. april', 'Vi inviterer deg til karrierekveld hos oss 22. april kl. 17:30. Møt ingeniørene våre og hør om ledige stillinger.')).toBe('other');
    expect(kindOf('Te esperamos en el Foro de Empleo Ingeniería Valencia 2027', 'El Foro de Empleo abre sus puertas el 8 de abril a las 9:30. Inscríbete para reservar tu entrevista rápida con las empresas.')).toBe('other');
  });

  it('calls a survey about the interview a survey, whatever it says about the interview', () => {
    expect(kindOf('Hoe heb jij je sollicitatiegesprek ervaren?', 'Onlangs had je een sollicitatiegesprek bij ons. We horen graag hoe je het gesprek hebt ervaren.')).toBe('other');
    expect(kindOf('How did we do? 2 minutes on your interview experience', 'Thanks for interviewing with us last week. Tell us about your interview in two minutes.')).toBe('other');
  });
});

describe('classify: rejections said another way', () => {
  it('reads German posts filled and candidates chosen, and English offers made to another', () => {
    expect(kindOf('Ihre Bewerbung', 'Leider ist die Stelle als Kfz-Mechatroniker in der Zwischenzeit schon besetzt worden. Wir hätten Sie gerne kennengelernt.')).toBe('rejection');
    expect(kindOf('Ihre Bewerbung', 'Wir haben uns am Ende für eine Kollegin entschieden, die schon seit einigen Jahren im Bilderbuchbereich arbeitet.')).toBe('rejection');
    expect(kindOf('Ihre Bewerbung', 'Nach sorgfältiger Prüfung müssen wir Ihnen mitteilen, dass wir Ihre Kandidatur nicht weiterverfolgen.')).toBe('rejection');
    expect(kindOf('Policy Officer', 'The selection panel has now completed its assessment. I am writing to let you know that an offer has been made to, and accepted by, another candidate.')).toBe('rejection');
    expect(kindOf('Java Developer', "After comparing all candidates we've decided to continue with people who have more hands-on experience with Kafka.")).toBe('rejection');
  });

  it('does not read a post still to be filled as filled', () => {
    expect(kindOf('Eingangsbestätigung', 'Vielen Dank für Ihre Bewerbung. Die Stelle soll zum 1. September besetzt werden; wir melden uns in zwei Wochen.')).not.toBe('rejection');
  });
});

describe('classify: CVs acknowledged and Dutch posts filled', () => {
  it('reads a CV acknowledged by a small employer or a board as an application, a Dutch post filled as a rejection', () => {
    expect(kindOf('Re: Farm Assistant job', "Thanks for your email and CV – got it all fine. We'll give a few people a call early next week.")).toBe('application');
    expect(kindOf('Re: Sollicitatie verkoopmedewerker', 'Bedankt voor je mail en je cv! Ik kijk er uiterlijk volgende week naar en dan hoor je van me.')).toBe('application');
    expect(kindOf('Tu hoja de vida fue enviada', 'Tu postulación a la oferta Auxiliar de Bodega fue enviada correctamente a la empresa Distribuidora Farmacéutica del Pacífico S.A.S.')).toBe('application');
    expect(kindOf('Re: sollicitatie', 'Bedankt voor je mail en je cv. Helaas is de vacature voor medewerker kaasmakerij inmiddels ingevuld, we hebben vorige week iemand uit het dorp aangenomen.')).toBe('rejection');
  });
});

describe('classify: more rejections in six languages', () => {
  it('reads not invited, chosen another and not included as rejections', () => {
    expect(kindOf('Ihre Bewerbung', 'Leider können wir Sie nach sorgfältiger Prüfung nicht zu einem persönlichen Gespräch einladen.')).toBe('rejection');
    expect(kindOf('A sua candidatura', 'Obrigada pela sua disponibilidade para a entrevista. Foi uma decisão difícil, mas optámos por avançar com outra candidata.')).toBe('rejection');
    expect(kindOf('Din ansøgning', 'Tak for at du kom forbi til samtale i tirsdags. Vi har dog valgt en anden ansøger til stillingen.')).toBe('rejection');
    expect(kindOf('Hakemuksesi', 'Kiitos hakemuksestasi. Tehtävään on valittu toinen hakija, joten et tällä kertaa tullut valituksi.')).toBe('rejection');
    expect(kindOf('Update', 'The board has extended the offer for President & CEO to another candidate. Would Thursday at 4pm work for a debrief call?')).toBe('rejection');
    expect(kindOf('Crestline search', 'After a long discussion, the committee has chosen not to include you in the group invited to first-round interviews.')).toBe('rejection');
  });
});

describe('classify: search firms at work', () => {
  it("reads a search firm's first approach and a chairs' dinner as other, a CV put forward or an interest registered as an application", () => {
    expect(kindOf('Confidential', "I hope you don't mind the direct approach. We've been retained by a PE-backed platform to find its next COO. If this is of interest, I'd be glad to share more.")).toBe('other');
    expect(kindOf('Opportunité confidentielle – Head of Product', "Votre parcours dans les paiements a retenu toute mon attention. Je vous contacte de la part d'un de nos clients. Seriez-vous disponible jeudi à 12h ?")).toBe('other');
    expect(kindOf("Invitation: Autumn Chairs' Dinner, 23 September", "It gives me great pleasure to invite you to our Autumn Chairs' Dinner on Thursday 23 September 2027. Drinks from 18:30.")).toBe('other');
    expect(kindOf('Harrowgate – CTO – CV submitted', "As agreed, I've now submitted your CV and covering note to Harrowgate Insurance for the Chief Technology Officer role.")).toBe('application');
    expect(kindOf('Expression of interest received', 'Thank you for your expression of interest in the role of Non-Executive Director at Kinross Distillers plc.')).toBe('application');
  });

  it('calls a subject that counts new jobs a job alert', () => {
    const alert = (subject: string) => classify(subject, analysisText('See them on the app.'), none).cues;
    expect(alert('15 new forklift operator jobs in Hamilton, ON')).toContain('other: subject: job alert');
    expect(alert('15 nouveaux emplois : rédactrice technique à Montréal, QC')).toContain('other: subject: job alert');
    expect(alert('Data Scientist jobs you might like: Anthem Labs, Cerulean')).toContain('other: subject: job alert');
    expect(alert('Your 3 new interview slots for 15 January')).not.toContain('other: subject: job alert');
  });

  it('reads more wordings of a filled post, a denied offer, an offer, a survey, an approach and a trial day', () => {
    expect(kindOf('Ihre Bewerbung', 'Nach reiflicher Überlegung haben wir uns entschieden, die Stelle mit einer internen Kandidatin zu besetzen.')).toBe('rejection');
    expect(kindOf('Your interview', "I'm sorry to tell you that, on this occasion, we will not be offering you the post.")).toBe('rejection');
    expect(kindOf('Your interview', 'We made an offer for the Operations Executive position on Friday, and it has been accepted by another candidate.')).toBe('rejection');
    expect(kindOf('Saturday', "I've had a think and I'm going to go with the other lad this time.")).toBe('rejection');
    expect(kindOf('Offre', 'Nous avons le plaisir de vous confirmer votre engagement au sein de Valdor Informatique SA en qualité de Développeur.')).toBe('offer');
    expect(kindOf('Proposta', 'Siamo davvero felici di proporti di entrare in Lumetra Robotics come Embedded Software Engineer.')).toBe('offer');
    expect(kindOf('Re: essai du 22', "Du coup c'est validé de notre côté : on te prend comme second de cuisine en CDI.")).toBe('offer');
    expect(kindOf('Deine Bewerbung', 'Danke, dass du am Mittwoch zum Probearbeiten da warst. Wir wollen dich haben!')).toBe('offer');
    expect(kindOf('Sua opinião', 'Independentemente do resultado, sua opinião é muito importante para nós. A pesquisa é anônima.')).toBe('other');
    expect(kindOf('Oportunidade', 'Estou conduzindo uma posição confidencial de Gerente de Dados para um cliente do varejo. Você teria interesse em conversar?')).toBe('other');
    expect(kindOf('Hallo Katrin', 'Hast du Lust, am Samstag um 10 Uhr zum Probearbeiten in den Laden zu kommen?')).toBe('interview');
    expect(kindOf('Good news', 'The client has asked to see you for the board panel on Thursday 13 January at 11am.')).toBe('interview');
  });

  it('calls a German board\'s job recommendations a job alert', () => {
    expect(classify('Lea, diese 8 Jobs passen zu dir', analysisText('Hallo Lea, wir haben neue Jobs gefunden, die zu deinem Profil passen.'), none).cues).toContain('other: job alert');
  });

  it('reads a receipt that gives interview tips or promises an interview to those selected as a receipt, and a thanked-for interview as past', () => {
    expect(kindOf('Candidature envoyée', 'Les éléments suivants ont été envoyés à Nexaline. Conseil : préparez-vous à l\'entretien avec nos fiches pratiques.')).toBe('application');
    expect(kindOf('Recebemos seu currículo', 'Recebemos o seu currículo para a vaga de Arquiteta Júnior. As pessoas selecionadas para a próxima etapa serão chamadas para uma entrevista no nosso escritório.')).not.toBe('interview');
    expect(kindOf('Din ansøgning er sendt', 'Din ansøgning er sendt. Virksomheden kontakter dig direkte, hvis de vil invitere dig til samtale.')).not.toBe('interview');
    expect(kindOf('Esito selezione', 'Desideriamo ringraziarLa per aver partecipato al processo di selezione per la posizione di Specialista e per il tempo che ci ha dedicato durante i colloqui.')).not.toBe('interview');
  });

  it('reads an offer made to the other finalist, proceeding with two other candidates, and "not among them" as rejections', () => {
    expect(kindOf('Almara Bank – COO search – update', 'Almara Bank has made an offer for the Chief Operating Officer role to the other finalist, and she accepted it this morning.')).toBe('rejection');
    expect(kindOf('Project Coordinator position - update', 'We made an offer for the Project Coordinator position late last week, and the candidate accepted it this morning. You were one of our two finalists and the team enjoyed your second interview.')).toBe('rejection');
    expect(kindOf('Chief Marketing Officer – outcome', "I'm afraid they have decided to proceed with two other candidates to the final stage after last week's first-round interviews.")).toBe('rejection');
    expect(kindOf('CEO search', "The Committee has selected three finalists, and I'm sorry to let you know that you are not among them.")).toBe('rejection');
  });

  it('reads informal first calls and visits (FR/DE) as interviews and informal hires (FR/IT/ES) as offers, not a headhunter\'s call', () => {
    expect(kindOf('Kinoa x Camille - on se cale un premier échange ?', 'Merci pour ta candidature ! On se cale un premier échange de 30 minutes ? Mardi 14h ou jeudi 10h.')).toBe('interview');
    expect(kindOf('Ihre Bewerbung', 'Frau Dr. Lenz würde gerne in einem ersten Telefonat mehr über Sie erfahren. Wir schlagen Donnerstag, den 1. Juli, um 16:30 Uhr vor.')).toBe('interview');
    expect(kindOf('Poste de technicienne', "Nous avons rencontré plusieurs candidates très solides, mais c'est ton profil que nous avons retenu ! J'ai le grand plaisir de t'offrir le poste.")).toBe('offer');
    expect(kindOf('Bienvenida al equipo!!', 'Quedamos muy contentos con la entrevista y queremos que se venga a trabajar con nosotros como Auxiliar Contable.')).toBe('offer');
    expect(kindOf('Vertrauliche Anfrage', 'Ich bin Personalberater und suche für ein Familienunternehmen einen CFO. Hätten Sie in den nächsten Tagen 20 Minuten Zeit für ein Telefonat?')).not.toBe('interview');
  });

  it('reads "have filled the X position" as a rejection and "they want you as their next CFO" as an offer', () => {
    expect(kindOf('Quick update', 'Dunmore Estates have filled the General Manager position through a referral from one of their owners.')).toBe('rejection');
    expect(kindOf('Good news', 'The board met this afternoon and they want you as their next Chief Financial Officer, unanimously.')).toBe('offer');
  });

  it('reads an offer made to, or accepted by, someone else in any wording and language as a rejection, never an offer to the reader', () => {
    expect(kindOf('Update', 'Pellbrook Insurance has made an offer for the Chief Underwriting Officer role to one of the other finalists, and yesterday afternoon that offer was accepted.')).toBe('rejection');
    expect(kindOf('Your final interview', "We made an offer for the Product Owner role last week, and I've just heard that it has been accepted by the other finalist.")).toBe('rejection');
    expect(kindOf('Reliability Engineer', "Thank you for coming in for the final interview. We've made a decision: the offer went to an internal candidate who has been covering the role.")).toBe('rejection');
    expect(kindOf('Tu proceso', 'Muchas gracias por la entrevista final. Queremos informarte que la oferta fue extendida a otra candidata, quien ya la aceptó.')).toBe('rejection');
    expect(kindOf('Sous Chef', "Thank you for your trial shift on Tuesday. After a lot of thought, we've offered the Sous Chef role to a chef who has covered our pass before, and they have accepted.")).toBe('rejection');
    // An offer word of its own does not make it the reader's offer.
    expect(kindOf('Votre candidature', "À l'issue des derniers entretiens, nous avons fait une proposition d'embauche à une autre candidate, qui l'a acceptée ce matin.")).toBe('rejection');
    expect(kindOf('Good news', 'You stood out from all the other candidates, and we are delighted to offer you the position.')).toBe('offer');
  });

  it("reads a consultant's confirmed appointment as an offer and a CV submitted to the client as an application", () => {
    expect(kindOf('Assignment confirmation', 'Great news - Crossbeck Foods have confirmed they would like you to start as their Interim Finance Director on Monday 5 June.')).toBe('offer');
    expect(kindOf('Assignment confirmed', "Brilliant news – Westermoor Housing Association have confirmed they'd like to appoint you as Interim Chief Transformation Officer.")).toBe('offer');
    expect(kindOf('Confirmed: Interim Finance Director', 'Delighted to say that Fenwick Rail Holdings would like you to take on the interim Finance Director assignment.')).toBe('offer');
    expect(kindOf('Quayside - revised offer', 'Quayside Therapeutics came back on our counter this afternoon. Revised offer for the Vice President, Regulatory Affairs role: base $385,000.')).toBe('offer');
    expect(kindOf('Vice President for Advancement search', "The committee met on Monday to select the finalists. I'm sorry to let you know that you were not among those selected.")).toBe('rejection');
    expect(kindOf('Amberlight Foods', 'I spoke to Rob this morning. Amberlight have decided to progress with two other candidates to the final stage.')).toBe('rejection');
    expect(kindOf('Confirmation', 'Just a quick note to confirm that I have today submitted your CV and our assessment notes to my client for the Chief Executive Officer role.')).toBe('application');
    // The client asking to meet outweighs the submission.
    expect(kindOf('Linwood Logistics', 'Great news - I sent your resume over to Linwood Logistics and the hiring manager wants to do a quick phone screen on Thursday 3/18 at 3:00pm.')).toBe('interview');
  });

  it('reads mail from an events or survey mailbox as other, however it speaks of interviews', () => {
    const events = { ...none, statedTime: true, eventMailbox: isEventMailbox('events@alderquay.com') };
    const text = analysisText('Join us for breakfast on Wednesday 9 June at 8am, when the Chair of a FTSE 250 company will talk about how boards interview a CEO. Unsubscribe');
    expect(classify('Invitation: Breakfast briefing – the Risk Committee agenda', text, events).kind).toBe('other');
    expect(classify('Invitation: Breakfast briefing – the Risk Committee agenda', text, { ...none, statedTime: true }).kind).toBe('interview');
    expect(isEventMailbox('enquete@sportisma-recrutement.fr')).toBe(true);
    expect(isEventMailbox('eventplanner.jones@acme.com')).toBe(false);
  });

  it("reads an invitation to an event as other: the subject's 'invitation' and the stated time are the event's, unless the body invites to an interview", () => {
    const timed = { ...none, statedTime: true };
    const evening = analysisText('Daarom nodigen we je graag uit voor onze online informatieavond over het traineeship. Wanneer: dinsdag 13 juni, 19.30 uur.');
    expect(classify('Uitnodiging: online informatieavond traineeship – 13 juni 19.30 uur', evening, timed).kind).toBe('other');
    const fair = analysisText('It was great meeting you at our booth at the Fall Career Fair! Our team would like to invite you to a first-round interview for the Analyst position. Would Friday, October 8 at 2:00 PM work?');
    expect(classify('Great meeting you at the Career Fair!', fair, timed).kind).toBe('interview');
  });

  it("reads a receipt by its subject in any of our languages, not an event's registration", () => {
    expect(kindOf('Sua candidatura foi enviada: Analista de Marketing Digital', 'Analista de Marketing Digital. Loja Varanda Casa, Belo Horizonte.')).toBe('application');
    expect(kindOf('Conferma di ricezione della tua candidatura – Visual Merchandiser', 'Ti confermiamo che l\'abbiamo ricevuta correttamente.')).toBe('application');
    expect(kindOf('Tu candidatura se ha enviado a Calzados Albero', 'Oferta: Dependiente/a de tienda. Empresa: Calzados Albero.')).toBe('application');
    expect(kindOf('Feira Conecta Carreiras 2027 - sua inscrição está confirmada', 'Até lá!')).not.toBe('application');
  });

  it('reads a choice that fell on another candidate in any of our languages as a rejection, never a choice of the reader', () => {
    expect(kindOf('Tu candidatura', 'Ha sido un proceso muy reñido, pero finalmente hemos optado por una candidata con más experiencia en la gestión de equipos.')).toBe('rejection');
    expect(kindOf('Je sollicitatie', 'Na lang wikken en wegen hebben we toch beslist om de functie van Projectarchitect in te vullen met een kandidaat die al meer ervaring heeft.')).toBe('rejection');
    expect(kindOf('Ihre Bewerbung', 'Nach reiflicher Überlegung haben wir uns jedoch entschieden, die Position mit einer internen Kandidatin aus unserem Traineeprogramm zu besetzen.')).toBe('rejection');
    expect(kindOf('Update', "I'm sorry to share that the committee has recommended, and President Okafor has accepted, another finalist for the role.")).toBe('rejection');
    expect(kindOf('Next round', 'Congratulations, you have been selected as a candidate for the final round on Tuesday 4 May at 10am.')).not.toBe('rejection');
    // (Not chosen is no choice of the reader: "no has sido seleccionada".)
    expect(classify('Proceso', analysisText('Te informamos que en esta oportunidad no has sido seleccionada para continuar en el proceso. Optamos por una candidata con más experiencia.'), none).kind).toBe('rejection');
  });

  it('reads the offer made "para outra candidata", the choice that "fell on" another and "not going on with you" (NO/SV) as rejections', () => {
    expect(kindOf('Retorno', 'Foi uma decisão difícil, mas a proposta acabou sendo feita para outra candidata, que já tinha experiência.')).toBe('rejection');
    expect(kindOf('Stillingen', 'Takk for et godt intervju forrige uke. Det var mange sterke søkere, og valget falt på en kandidat med lengre erfaring.')).toBe('rejection');
    expect(kindOf('Stillingen', 'Takk for et godt intervju. Vi har dessverre kommet frem til at vi ikke går videre med deg i denne prosessen.')).toBe('rejection');
    expect(kindOf('Apprentice', "Thanks for coming in for the chat. We've decided to take on a lad who's already done his Level 2 at college.")).toBe('rejection');
  });

  it('reads "I would be happy to offer you detailed feedback" as no offer, and a board that "resolved to appoint you" as one', () => {
    expect(kindOf('Your interview today', "I'm sorry to say that we will not be offering you the post on this occasion. I'd be very happy to offer you detailed feedback - please give me a call tomorrow.")).toBe('rejection');
    expect(kindOf('Tembusu', 'I am very pleased to tell you that the Tembusu board met overnight and resolved to appoint you as an Independent Non-Executive Director.')).toBe('offer');
  });
});


describe('classify: another candidate preferred, in plain words', () => {
  it('reads an owner going with someone else, a board appointing another, an offer made to the other finalist', () => {
    expect(kindOf('Re: Brewer role', "We've had a good think and we're going to go with someone who's got a bit more canning line experience, so it's a no from us this time.")).toBe('rejection');
    expect(kindOf('Ashcombe – Chief Executive', "The Council of Governors approved the Board's recommendation to appoint another candidate as Chief Executive.")).toBe('rejection');
    expect(kindOf('Update', 'After a lot of thought, we have decided to appoint a candidate with more experience in red wine production.')).toBe('rejection');
    expect(kindOf('Update', "I wanted to let you know personally that we made an offer on Monday to the other shortlisted candidate, and they have now accepted it.")).toBe('rejection');
    expect(kindOf('VP, Regulatory Affairs - update', 'Vantor Medical has decided to fill the Vice President, Regulatory Affairs role internally.')).toBe('rejection');
  });
  it('reads an exam result that stops the process, and Spanish "decidió no continuar con tu postulación"', () => {
    expect(kindOf('Written Exam Results', 'As a result, you will not advance to the physical ability test or the oral board interview.')).toBe('rejection');
    expect(kindOf('Tu postulación', 'La empresa revisó tu hoja de vida y decidió no continuar con tu postulación en esta ocasión.')).toBe('rejection');
  });
  it('does not read a plan to appoint, or a choice about something else, as a rejection', () => {
    expect(kindOf('Next steps', 'The board has decided to appoint a search committee for the role, and you are on the shortlist.')).not.toBe('rejection');
  });
});

describe('classify: receipts that promise an interview to those selected', () => {
  it('reads Italian, Polish and Portuguese promises as promises, and "Conferma ricezione candidatura" as a receipt', () => {
    expect(kindOf('Conferma ricezione candidatura – Educatore Professionale', 'Le candidature saranno valutate entro il 15 febbraio. Solo i profili in linea con i requisiti richiesti saranno ricontattati per un colloquio individuale.')).toBe('application');
    expect(kindOf('Potwierdzenie złożenia dokumentów', 'Uprzejmie potwierdzamy wpłynięcie dokumentów. Kandydaci spełniający wymagania formalne zostaną zaproszeni na rozmowę kwalifikacyjną.')).toBe('application');
    expect(kindOf('Candidatura recebida', 'Sua candidatura foi recebida com sucesso. Se o seu perfil avançar, você será convidado(a) para a entrevista por e-mail.')).toBe('application');
  });
});

describe('classify: an offer after a trial day or a committee interview', () => {
  it('reads the past trial day or interview as past, and "t\'embaucher comme" / "que te quedes con nosotros como" as an offer', () => {
    expect(kindOf('Le poste est à toi!', "Bonne nouvelle : après ta journée d'essai de jeudi, toute l'équipe est unanime, on aimerait t'embaucher comme aide-fromager à temps plein!")).toBe('offer');
    expect(kindOf('Puesto de encargada', 'Nos encantaría que te quedes con nosotros como encargada de sucursal. Nos gustó mucho cómo te fue en el día de prueba del martes.')).toBe('offer');
    // (With the first day's "à 9 h" found as a stated time, the past interview must not outweigh the offer.)
    const offer = "C'est avec grand plaisir que nous vous offrons le poste de coordonnatrice ! Votre entrevue avec le comité a fait l'unanimité. La lettre d'offre officielle suivra dès votre réponse.";
    expect(classify('Offre', analysisText(offer), { ...none, statedTime: true }).kind).toBe('offer');
  });
});

describe('classify: a French candidate survey after an interview', () => {
  it('reads "votre expérience candidat", "court questionnaire" and "vous avez récemment passé un entretien" as a survey about the past', () => {
    expect(kindOf('Votre avis compte : votre expérience candidat chez Noveris', "Vous avez récemment passé un entretien avec nos équipes pour le poste de Chargée de relations écoles. Afin d'améliorer notre processus de recrutement, nous vous invitons à répondre à un court questionnaire (3 minutes) sur votre expérience candidat.")).toBe('other');
  });
});

describe("classify: an owner's or a consultant's own words for a CV received", () => {
  it('reads "Recibí tu CV", "te confirmo que lo hemos recibido", "Ik heb je gegevens en cv ontvangen", "thanks for dropping your CV in"', () => {
    expect(kindOf('Re: CV', 'Recibí tu CV, gracias por mandarlo. Lo voy a ver tranquilo con mi socia y la semana que viene te aviso.')).toBe('application');
    expect(kindOf('Re: higienista', 'Muchas gracias por enviarnos el currículum. Te confirmo que lo hemos recibido y a la vuelta lo revisaremos.')).toBe('application');
    expect(kindOf('Orderpicker', 'Ik heb je gegevens en cv ontvangen. Deze week bel ik je om je beschikbaarheid door te nemen.')).toBe('application');
    expect(kindOf('RE: CV', "Thanks for dropping your CV in and for the follow up email. Got it, and Mike will have a look through the applications this week.")).toBe('application');
    expect(kindOf('Kittering', 'I will be presenting a longlist to the Chair of Kittering Holdings at the end of the month and will include you for the Chief Executive role.')).toBe('application');
  });
  it('still reads an owner who thanks for the CV and asks you in as inviting you', () => {
    expect(kindOf('Ta candidature', 'Merci pour ton CV ! Est-ce que tu peux passer demain à 15h pour un entretien à la pâtisserie ?')).toBe('interview');
  });
});

describe('classify: times offered after thanks for the application', () => {
  it('reads slots offered in English, French and German as an invitation, not a receipt', () => {
    expect(kindOf('Medical Receptionist', "Thanks for applying for the Medical Receptionist position. Would any of these times work for you? Monday, March 15th at 4:00 PM or Tuesday, March 16th at 10:00 AM.")).toBe('interview');
    expect(kindOf('Candidature', "Merci pour ta candidature au poste de développeur ! Voici quelques créneaux : lundi 14 juin à 10h, mardi 15 juin à 14h.")).toBe('interview');
    expect(kindOf('Ihre Bewerbung', 'Vielen Dank für Ihre Bewerbung als Kundenberaterin. Folgende Termine kann ich Ihnen anbieten: Montag, 24. Juli 2028, 9:00 Uhr.')).toBe('interview');
  });
  it("leaves a headhunter's request for a first exchange as outreach", () => {
    expect(kindOf('Opportunité confidentielle', "Je me permets de vous contacter au sujet d'une opportunité confidentielle de Directeur financier. Seriez-vous disponible pour un premier échange cette semaine ?")).not.toBe('interview');
  });
});

describe('classify: not called to an interview, or only if', () => {
  it('reads "not among the candidates called to interview" and "we cannot offer you an interview" as a rejection', () => {
    expect(kindOf('Svar på søknad – Farmasøyt', 'Takk for din søknad på stillingen som farmasøyt. Etter en grundig vurdering må vi dessverre meddele at du ikke er blant kandidatene som blir innkalt til intervju denne gangen.')).toBe('rejection');
    expect(kindOf('Søknad', 'Tusen takk for din søknad. Etter en grundig vurdering har vi kommet frem til at vi ikke kan tilby deg intervju denne gangen.')).toBe('rejection');
    expect(kindOf('Ihre Bewerbung', 'Nach eingehender Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie nicht zu einem Vorstellungsgespräch einladen können.')).toBe('rejection');
  });
  it('reads "if you are called to an interview" (Swedish "om", Norwegian "dersom") as a receipt', () => {
    expect(kindOf('Tack för din ansökan', 'Tack för din ansökan till tjänsten Undersköterska. Vi har tagit emot dina handlingar. Urval sker löpande och intervjuer planeras till vecka 24. Om du blir kallad till intervju kontaktar vi dig via telefon.')).toBe('application');
    expect(kindOf('Søknad mottatt', 'Vi bekrefter at vi har mottatt din søknad på stillingen Sykepleier. Du vil få beskjed dersom du blir innkalt til intervju.')).toBe('application');
  });
});

describe('classify: asked to come and talk, without the word "interview"', () => {
  it('reads a first exchange proposed, a visit to talk, coffee at the studio with times as an invitation', () => {
    expect(kindOf('Ta candidature', "Merci pour ta candidature pour le poste de Développeur Back-End. On aimerait te proposer un premier échange en visio de 30 minutes avec moi et notre CTO, le jeudi 22 novembre à 11h.")).toBe('interview');
    expect(kindOf('Postulación', 'Muchas gracias por tu postulación. Nos gustó mucho tu perfil para el cargo. ¿Podrías venir a conversar con nosotros el lunes 7 de enero a las 16:00?')).toBe('interview');
    expect(kindOf('Deine Bewerbung', 'Danke für deine Bewerbung! Wir würden dich gern auf einen Kaffee ins Studio einladen und dir das Team vorstellen. Ich hätte folgende Termine nächste Woche im Angebot: Mittwoch, 12.12., 16:00 Uhr.')).toBe('interview');
  });
});

describe('classify: an appointment that cannot take place', () => {
  it('reads "leider müssen wir Ihnen mitteilen, dass der Termin ... nicht stattfinden kann" with a new time as a reschedule, not a rejection', () => {
    expect(kindOf('Verschiebung Ihres Vorstellungsgesprächs', 'Sehr geehrter Herr Lindemann, leider müssen wir Ihnen mitteilen, dass der vorgesehene Termin für Ihr Vorstellungsgespräch am Mittwoch, 5. Dezember 2029, um 9:00 Uhr aus organisatorischen Gründen nicht stattfinden kann. Wir laden Sie stattdessen zu folgendem Termin ein: Dienstag, 11. Dezember 2029, 13:30 Uhr.')).toBe('interview');
  });
  it('still reads bad news about the candidacy as a rejection', () => {
    expect(kindOf('Ihre Bewerbung', 'Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben.')).toBe('rejection');
  });
});

describe('classify: a choice that fell elsewhere, in more words', () => {
  it('reads "continue with a candidate whose", "poursuivre avec une personne qui", "valinta ei kohdistunut sinuun", "ikke blant dem vi kaller inn" as rejections', () => {
    expect(kindOf('Your application', "Thank you for coming in for the interview last Tuesday. After a lot of discussion we've decided to continue with a candidate whose background in industrial vision systems is a closer match.")).toBe('rejection');
    expect(kindOf('Entretien', "Merci encore pour l'excellent entretien de jeudi dernier. Nous avons longuement hésité, mais nous avons finalement décidé de poursuivre avec une personne qui dispose déjà d'une expérience dans l'industrie du jeu vidéo.")).toBe('rejection');
    expect(kindOf('Hakemuksesi', 'Kiitos hakemuksestasi ja mukavasta haastattelusta. Valitettavasti valinta ei tällä kertaa kohdistunut sinuun, vaan päädyimme hakijaan, jolla on pidempi kokemus.')).toBe('rejection');
    expect(kindOf('Din søknad', 'Takk for din søknad. Etter en grundig gjennomgang har vi dessverre kommet fram til at du ikke er blant dem vi kaller inn til intervju i denne omgang.')).toBe('rejection');
  });
});

describe('classify: the post filled from inside, another file kept, an offer accepted elsewhere', () => {
  it('reads these decisions as rejections', () => {
    expect(kindOf('Ihre Bewerbung', 'Wir haben uns nun entschieden, die Stelle mit einer langjährigen Mitarbeiterin aus unserem Haus zu besetzen. Ihr Profil hat uns dennoch sehr gut gefallen; gerne nehmen wir Ihre Unterlagen in unseren Talentpool auf.')).toBe('rejection');
    expect(kindOf('Votre candidature', 'Nous avons bien reçu votre dossier et vous remercions de votre intérêt. Après une analyse attentive, nous avons le regret de vous informer que nous avons retenu un autre dossier.')).toBe('rejection');
    expect(kindOf('Your application', 'Thank you for meeting with our team earlier this month. After completing our final interviews, we made an offer to a candidate with more direct SAGD experience, and they have accepted.')).toBe('rejection');
    expect(kindOf('Vice-Chancellor', "Thank you so much for coming to Kingsmere on Tuesday for the final interview. It is therefore with real regret that I have to tell you that Kingsmere's Council met this morning and has resolved to appoint another candidate as Vice-Chancellor.")).toBe('rejection');
  });
});

describe('classify: a post filled, offered to another, a shortlist missed; a workshop post', () => {
  it('reads "le poste a entre-temps été pourvu", "erbjudit tjänsten till en annan sökande", "not been included on the shortlist" as rejections', () => {
    expect(kindOf('Votre candidature', 'Nous devons malheureusement vous informer que le poste a entre-temps été pourvu.')).toBe('rejection');
    expect(kindOf('Fastighetsförvaltare', 'Tack för en riktigt trevlig intervju i torsdags! Vi har nu erbjudit tjänsten till en annan sökande, som har tackat ja.')).toBe('rejection');
    expect(kindOf('Chief People Officer', "The shortlisted candidates will be interviewed on Tuesday 14 January from 10:00. I'm sorry to say that you have not been included on the shortlist.")).toBe('rejection');
  });
  it('reads an invitation for an "Electrical Workshop Technician" as an interview, not an event', () => {
    expect(kindOf('Interview – Electrical Workshop Technician', 'We are pleased to let you know that you have been shortlisted for the post of Electrical Workshop Technician. Interviews will take place on Tuesday 10 December in the Harland Building. Please reply with your preferred slot.')).toBe('interview');
  });
});

describe('classify: a choice for others, a post offered inside, a rejection only if, a CV received', () => {
  it('reads these decisions as rejections', () => {
    expect(kindOf('Ihre Bewerbung', 'Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen jedoch leider mitteilen, dass wir uns für Bewerberinnen und Bewerber entschieden haben, deren Profil noch besser zu den Anforderungen der Stelle passt.')).toBe('rejection');
    expect(kindOf('Hakemuksesi', 'Olemme nyt tehneet valinnan talousasiantuntijan tehtävään, ja valinta kohdistui talon sisäiseen hakijaan. Tällä kertaa emme siis valitettavasti voi tarjota sinulle tehtävää.')).toBe('rejection');
    expect(kindOf('Chief Digital Officer', 'So this is a hard email to write. The board has decided to offer the Chief Digital Officer role to the internal candidate, who has led the telematics rollout.')).toBe('rejection');
    expect(kindOf('Tu candidatura', 'La empresa ha decidido continuar el proceso de selección con otros candidatos. ¡No te desanimes!')).toBe('rejection');
  });
  it('does not read "other candidates" alone or a rejection only if as a decision', () => {
    expect(kindOf('Tu candidatura se ha enviado', 'Tu candidatura se ha enviado correctamente. Consejo: completa tu perfil al 100 % para destacar frente a otros candidatos.')).toBe('application');
    expect(kindOf('Accusé de réception', "Nous accusons réception de votre candidature et vous en remercions. Si votre candidature n'est pas retenue, vous en serez informée par courriel.")).toBe('application');
  });
  it('reads a CV received by an owner (ES/PT) and a confirmed registration (PT) as receipts', () => {
    expect(kindOf('Re: CV', 'Recibido tu CV, muchas gracias. Se lo paso a mi hermano, que es quien lleva la flota.')).toBe('application');
    expect(kindOf('Re: Candidatura', 'Obrigado pelo seu e-mail e pelo CV, que recebi sem problema. Conto dar-lhe uma resposta até ao final da próxima semana.')).toBe('application');
    expect(kindOf('Inscrição confirmada', 'Confirmamos sua inscrição no processo seletivo para Analista de Transportes Jr.')).toBe('application');
  });
});

describe('classify: times set and slots offered, receipts by hand, surveys, communities and cold approaches', () => {
  it('reads a time set in Norwegian, a Finnish move, slots offered and a chat proposed for tomorrow as interviews', () => {
    expect(kindOf('Re: Regnskapsmedarbeider', 'Supert – da setter vi torsdag 7. august kl. 10.00. Vi møtes i resepsjonen vår i Storgata 5.')).toBe('interview');
    expect(kindOf('Haastatteluajan muutos', 'Joudumme valitettavasti siirtämään haastatteluasi. Sopisiko sinulle uusi aika keskiviikkona 25.6. klo 9.00?')).toBe('interview');
    expect(kindOf('Product Designer', 'Next step is a 45-minute portfolio review with Marta and Ben. Would either of these work for you? Tuesday 29 July, 10:00 CEST or Wednesday 30 July, 15:30 CEST.')).toBe('interview');
    expect(kindOf('Analyst opening', 'Thanks for applying for the Analyst opening! Would you be up for a quick phone chat tomorrow (Wednesday) at 3:00?')).toBe('interview');
  });
  it('does not read a call proposed some time as an interview', () => {
    expect(kindOf('Hello', "We're not formally hiring right now but I'd love to chat. No pressure at all - would you be up for a 20 min call sometime?")).not.toBe('interview');
  });
  it('reads an interim assignment someone would like you to take as an offer', () => {
    expect(kindOf('Interim CFO', 'Great news – Trentside Components have confirmed they would like you to take the interim CFO assignment, starting on Monday 4 August.')).toBe('offer');
  });
  it('reads receipts by hand and interviews only promised ("Ob wir Sie ... einladen") as receipts', () => {
    expect(kindOf('Re: CV', "Merci pour ton CV, je l'ai bien reçu. Ton expérience nous intéresse.")).toBe('application');
    expect(kindOf('Ihre Bewerbung', 'Wir bestätigen hiermit den Eingang Ihrer Unterlagen. Ob wir Sie zu einem Gespräch einladen können, teilen wir Ihnen bis spätestens 26. Juni mit.')).toBe('application');
  });
  it('reads a survey (PT), a talent community of a name with ö, a Polish cold approach as other', () => {
    expect(kindOf('Sua opinião', 'Independentemente do resultado, queremos ouvir você. As respostas são anônimas e nos ajudam a tornar nossos processos mais humanos.')).toBe('other');
    expect(kindOf('Welcome', 'Welcome to the Saltsjö Bank talent community! Thanks for sharing your profile with us.')).toBe('other');
    expect(kindOf('Propozycja', 'Trafiłam na Pani profil w serwisie LinkedIn. Nasz klient szuka osoby na stanowisko Koordynatorka Rejestracji (umowa o pracę). Czy byłaby Pani otwarta na krótką rozmowę?')).toBe('other');
  });
});

describe('classify: Nynorsk, Swedish and Finnish choices for others, "ended up going with someone", a relative clause', () => {
  it('reads these decisions as rejections', () => {
    expect(kindOf('Søknad', 'Etter ei samla vurdering har vi dessverre valt å gå vidare med andre søkjarar, og du vert ikkje kalla inn til intervju denne gongen.')).toBe('rejection');
    expect(kindOf('Systemutvecklare', 'Vi har nu gått igenom samtliga kandidater och har beslutat att gå vidare med andra sökande vars erfarenhet bättre motsvarar våra behov.')).toBe('rejection');
    expect(kindOf('Projektipäällikkö', 'Valitettavasti joudun kertomaan, että teimme työtarjouksen toiselle hakijalle, ja hän on ottanut paikan vastaan.')).toBe('rejection');
    expect(kindOf('Thanks', 'Thanks for coming by the clinic on Monday. We ended up going with someone who already knows AVImark.')).toBe('rejection');
  });
  it('does not read "Bewerber, die wir nicht berücksichtigen können, informieren wir" as a decision about the reader', () => {
    expect(kindOf('Eingangsbestätigung', 'Ihre Unterlagen sind vollständig bei uns eingegangen. Bewerberinnen und Bewerber, die wir nicht berücksichtigen können, informieren wir ebenfalls bis zu diesem Datum.')).toBe('application');
  });
});

describe('classify: Spanish "otros candidatos se ajustaron mejor", "no continúa en el proceso"', () => {
  it('reads them as a rejection', () => {
    expect(kindOf('Resultado proceso de selección', 'Después de evaluar los resultados de las pruebas técnicas, la entrevista y la valoración de competencias, le informamos que en esta ocasión usted no continúa en el proceso. Esta decisión obedece a que otros candidatos se ajustaron en mayor medida al perfil requerido.')).toBe('rejection');
  });
});

describe('classify: a colleague from inside, not considered further, a shortlist missed (SV), a post of X filled', () => {
  it('reads these decisions as rejections', () => {
    expect(kindOf('Ihre Bewerbung', 'Wir haben uns nun entschieden, die Stelle mit einer Kollegin aus unserem Haus zu besetzen.')).toBe('rejection');
    expect(kindOf('Ihre Bewerbung', 'Nach eingehender Prüfung haben wir entschieden, Ihre Bewerbung im weiteren Verfahren nicht zu berücksichtigen. Zu den Vorstellungsgesprächen am 16. und 17. März werden wir Sie daher leider nicht einladen.')).toBe('rejection');
    expect(kindOf('Kvalitetsansvarig', 'Vi har nu erbjudit tjänsten som kvalitetsansvarig till en annan sökande, som har tackat ja.')).toBe('rejection');
    expect(kindOf('Socialsekreterare', 'Vi har nu gjort ett urval av kandidater som går vidare till intervju. Tyvärr är du inte en av dem denna gång.')).toBe('rejection');
    expect(kindOf('Your application', 'This message is to inform you that the position of Special Education Paraeducator at Lincoln Elementary (Job ID 4471) has been filled.')).toBe('rejection');
  });
});

describe('classify: "Hast du Lust ... vorbeizukommen?", a Danish questionnaire', () => {
  it('reads an owner asking you to come by as an interview, not "auf unserem Blog vorbeischauen"', () => {
    expect(kindOf('Deine Bewerbung', 'Danke für deine Bewerbung! Hast du Lust, am Freitag, 27.02., um 16 Uhr einfach mal im Laden vorbeizukommen?')).toBe('interview');
    expect(kindOf('Deine Bewerbung', 'Danke für deine Bewerbung, wir haben sie erhalten. Bis dahin kannst du ja mal auf unserem Blog vorbeischauen.')).toBe('application');
  });
  it('reads a Danish candidate questionnaire as a candidate survey', () => {
    const body = 'Vi vil sætte stor pris på, at du bruger 3 minutter på at besvare vores korte spørgeskema. Dine svar er anonyme og har ingen betydning for din ansøgning.';
    expect(classify('Din oplevelse', analysisText(body), none).cues).toContain('other: candidate survey');
  });

  it('reads a Polish "Zapraszam na rozmowę" and a Norwegian "Kan du komme innom ... kl. 13.00" as invitations', () => {
    expect(kindOf('Re: CV - księgowa', 'Dziękuję za przesłanie CV. Zapraszam na rozmowę w czwartek 26 sierpnia o 11:00 do naszego biura.')).toBe('interview');
    expect(kindOf('Sv: Søknad butikkmedarbeider', 'Takk for søknaden, den så veldig fin ut. Kan du komme innom bakeriet for en prat i morgen, fredag, kl. 13.00?')).toBe('interview');
  });

  it('reads Nordic, Finnish and Polish job alerts as job alerts', () => {
    const cues = (subject: string, body: string) => classify(subject, analysisText(body), none).cues;
    expect(cues('4 nye stillinger for søket ditt «elektriker, Trøndelag»', 'Vi har funnet 4 nye stillinger som passer til søket ditt.')).toContain('other: job alert');
    expect(cues('Hakuvahti: 6 uutta työpaikkaa', 'Hakuvahtisi löysi 6 uutta työpaikkaa haulla "projektipäällikkö, Tampere".')).toContain('other: job alert');
    expect(cues('Nowe oferty pracy dla Ciebie', 'Mamy 5 nowych ofert pracy pasujących do Twojego wyszukiwania.')).toContain('other: job alert');
  });

  it('reads a talent community joined by its owner\'s name as a talent community (its alerts are the sender\'s own)', () => {
    const cues = classify('Welcome', analysisText('Thank you for joining the Cascadia Health Talent Community! You will now receive job alerts that match your interests.'), none).cues;
    expect(cues).toContain('other: talent community');
    expect(classify('Welcome', analysisText('You are receiving this email because you signed up for the Vellmar Talent Community.'), none).cues).toContain('other: talent community');
  });
});

describe('classify: an application acknowledged in passing; a forward quoted whole with its own thread', () => {
  it('reads "thanks for your note, and for your application ... it arrived safely" as a receipt', () => {
    expect(kindOf('Re: Lecturer in History – application', 'Many thanks for your note, and for your application for the Lecturer in History post – it arrived safely via the portal. The panel will shortlist on 16 May.')).toBe('application');
    expect(kindOf('Your forms', 'Just to say your application forms reached us safely; we will be in touch after the closing date.')).toBe('application');
  });

  it('cuts the reply\'s own quoted thread from a forward whose every line is quoted', () => {
    const body = ['> Dear Eleri,', '> Thanks for your application. The panel meets on 16 May.', '> Huw Prosser', '> Wealdmoor University', '>', '> On 8 May 2035, at 09:12, Eleri Vaughan <eleri@example.com> wrote:', '> > Dear Professor Prosser, I have just applied.', '> > Eleri Vaughan'].join('\n');
    const text = analysisText(body);
    expect(text.lines).toEqual(['Dear Eleri,', 'Thanks for your application. The panel meets on 16 May.', 'Huw Prosser', 'Wealdmoor University']);
    expect(text.history.join(' ')).toContain('I have just applied.');
  });
});

describe('classify: Irish', () => {
  it('reads an Irish invitation to interview and an Irish rejection', () => {
    expect(kindOf('Agallamh – Post Múinteora Buan', 'A Chaoimhe, a chara,\n\nTá áthas orm cuireadh a thabhairt duit chuig agallamh. Beidh an t-agallamh ar siúl Déardaoin.')).toBe('interview');
    expect(kindOf('Post Múinteora', 'A Eoin, a chara,\n\nGo raibh maith agat as d\'iarratas. Is oth liom a rá nár éirigh leat an uair seo.')).toBe('rejection');
  });
});

describe('classify: "dessverre ikke" that declines to disclose', () => {
  it('is no rejection when it is about what the writer cannot say', () => {
    expect(kindOf('Driftsdirektør', 'Vi har fått i oppdrag å finne ny driftsdirektør. Av hensyn til oppdragsgiver kan jeg dessverre ikke oppgi selskapets navn i denne omgang. Er dette noe du kunne tenke deg å høre mer om?')).not.toBe('rejection');
    expect(kindOf('Stillingen', 'Vi har vurdert søknaden din, men du er dessverre ikke blant dem vi går videre med.')).toBe('rejection');
  });
});

describe('classify: a Dutch agency proposing to meet the client', () => {
  it('reads "ze willen graag kennismaken" and "twee momenten voorgesteld" as an interview', () => {
    expect(kindOf('Kennismaking opdrachtgever', 'Ze willen graag kennismaken voor de functie van Inkoopmedewerker.')).toBe('interview');
    expect(kindOf('Update', 'Ze hebben twee momenten voorgesteld: dinsdag of woensdag.')).toBe('interview');
  });
});
