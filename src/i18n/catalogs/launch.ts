import { defineCatalog } from "../define";

// Params named like mentions or channels ({mentor}, {channel}) are mrkdwn built by the code; the
// builders pass every user-written value through escapeText before it reaches these templates.
export const launch = defineCatalog({
  en: {
    "launch.welcome.fallback": "Welcome to your tandem, {mentor} and {mentee}!",
    "launch.welcome.title": "Welcome to your tandem",
    "launch.welcome.intro":
      "{mentor} and {mentee}, this private channel is yours for the reverse mentoring program *{program}*. Only the two of you and Tandem are in here, and what you say here stays here.",
    "launch.welcome.who": "*Who is who*",
    "launch.welcome.who.mentor": "• {mentor} is the *mentor*: brings digital know-how and leads the tandem.",
    "launch.welcome.who.mentee": "• {mentee} is the *mentee*: an executive who wants to learn.",
    "launch.welcome.background": "  _Background:_ {text}",
    "launch.welcome.department": "  _Department:_ {text}",
    "launch.welcome.why": "*Why you two*",
    "launch.welcome.why.none": "You share the program's topics and both chose to take part.",
    "launch.welcome.side": "*What {name} brings and hopes for*",
    "launch.welcome.goals": "• _Learning goals:_ {text}",
    "launch.welcome.expectations": "• _Expectations:_ {text}",
    "launch.welcome.hope": "• _Hopes to learn:_ {text}",
    "launch.welcome.agenda":
      "*A suggested agenda for your first meeting (about an hour)*\n1. Get to know each other: your roles, your background, what a normal week looks like (10 min)\n2. Expectations on both sides and how you work together: discretion, how often and where you meet (15 min)\n3. Pick two or three topics to start with, from the goals above (20 min)\n4. Agree on a first small experiment to try before you meet again, and set the date (15 min)",
    "launch.welcome.lead": "The mentor leads: {mentor}, please suggest a date for your first meeting.",
    "launch.purpose": "Reverse mentoring tandem of {mentor} (mentor) and {mentee} (mentee) · {program}",
    "launch.dm.fallback": "Your tandem is ready: {channel}",
    "launch.dm.fallback.rematch": "Your tandem with {former} has ended; your new tandem is ready: {channel}",
    "launch.dm.fallback.from_waiting": "A place has opened up, and your tandem is ready: {channel}",
    "launch.dm.text":
      "🎉 Your tandem is ready! You and {partner} now have a private channel: {channel}\nSay hello there; the welcome message has a suggested agenda for your first meeting.",
    "launch.dm.mentor_leads": "As the mentor, you lead: please suggest a first date to {partner}.",
    "launch.dm.from_waiting":
      "🎉 Good news from the waiting list: a place has opened up, and your tandem is ready! You and {partner} now have a private channel: {channel}\nSay hello there; the welcome message has a suggested agenda for your first meeting.",
    "launch.dm.rematch.requester":
      "The program managers approved your request: your tandem with {former} has ended and its channel is archived. We found you a new partner right away: you and {partner} now have a private channel, {channel}\nSay hello there; the welcome message has a suggested agenda for your first meeting.",
    "launch.dm.rematch.partner":
      "Your tandem with {former} has ended and its channel is archived. Thank you for the time you invested! Sometimes a pair does not fit, and that is nobody's fault. We found you a new partner right away: you and {partner} now have a private channel, {channel}\nSay hello there; the welcome message has a suggested agenda for your first meeting.",
    "launch.waiting.fallback": "You are on the waiting list for {program}",
    "launch.waiting.text":
      "Thank you for signing up for *{program}*! This round we could not find a partner who fits you well. We match on learning goals and topics, and we would rather wait than pair you badly.\n\n*You are on the waiting list.* Your answers stay saved. When a place opens up, for example when someone leaves or the next round starts, you are among the first we match, and we tell you right away. If you have questions, the program managers are happy to help.",
    "launch.waiting.closed.fallback": "{program} has ended",
    "launch.waiting.closed.text":
      "*{program}* ended today. We did not find a partner for you in this round, and we are sorry you waited without one. Thank you for wanting to take part and for your patience. Your place on the waiting list ends with the program; when the next round opens for sign-up, you are very welcome to join again.",
    "launch.waiting.closed.after_tandem":
      "*{program}* ended today. After your tandem ended we did not find a new partner for you, and we are sorry you waited without one. Thank you for the time you gave the program and for your patience. Your place on the waiting list ends with the program; when the next round opens for sign-up, you are very welcome to join again.",
    "launch.circle.mentor.name": "mentor-circle",
    "launch.circle.executive.name": "executive-circle",
    "launch.circle.mentor.purpose":
      "Mentors of {program} support each other here, with the program managers.",
    "launch.circle.executive.purpose":
      "Executives (mentees) of {program} share what they learn here, with the program managers.",
    "launch.circle.mentor.title": "Welcome to the mentor circle",
    "launch.circle.mentor.text":
      "This private channel is for the mentors of *{program}* and its program managers. Mentors lead their tandems, and nobody has to do that alone: share what works, ask for ideas when a tandem gets stuck, and prepare the closing event together. What is said inside a tandem stays in the tandem: share experiences here, not confidential details.",
    "launch.circle.executive.title": "Welcome to the executives' circle",
    "launch.circle.executive.text":
      "This private channel is for the executives (mentees) of *{program}* and its program managers. Share what you are learning from your mentors, what you have tried and what surprised you. What is said inside a tandem stays in the tandem: share experiences here, not confidential details.",
    "launch.circle.managers": "Program management: {managers}",
    "launch.circle.fallback": "Welcome to the circle of {program}",
    "launch.status.title": "Launch of the tandems",
    "launch.status.none": "Nothing has been launched yet.",
    "launch.status.counts":
      "{done} of {total, plural, one {# step} other {# steps}} done · {pending} in progress · {failed} failed",
    "launch.status.blocked": "{count, plural, one {# step waits} other {# steps wait}} for a failed step.",
    "launch.status.complete": "All done: every channel, invitation and message is out.",
    "launch.status.failures": "*What failed*",
    "launch.status.failure": "• {what} {about}: {reason}",
    "launch.status.more": "…and {count} more.",
    "launch.status.retry_hint": "Fix the cause (for example reactivate an account), then retry.",
    "launch.retry": "Retry failed steps",
    "launch.retry.done": "{count, plural, one {# failed step is} other {# failed steps are}} queued again.",
    "launch.retry.nothing": "Nothing to retry: no step has failed.",
    "launch.kind.channel.create": "Create channel",
    "launch.kind.channel.purpose": "Set channel purpose",
    "launch.kind.channel.invite": "Invite",
    "launch.kind.channel.archive": "Archive channel",
    "launch.kind.message.post": "Post message",
    "launch.kind.message.update": "Update message",
    "launch.kind.message.pin": "Pin message",
    "launch.kind.dm.post": "Direct message",
    "launch.kind.home.publish": "Update App Home",
    "launch.error.user_is_inactive": "the Slack account is deactivated",
    "launch.error.user_not_found": "the Slack user no longer exists",
    "launch.error.user_disabled": "the Slack account is deactivated",
    "launch.error.is_archived": "the channel is archived",
    "launch.error.channel_not_found": "the channel no longer exists",
    "launch.error.not_in_channel": "Tandem is not a member of the channel",
    "launch.error.name_taken": "every variant of the channel name is taken",
    "launch.error.slack_unavailable": "Slack did not answer, even after several tries",
    "launch.error.missing_scope": "the app lacks a permission; reinstall it",
    "launch.error.other": "Slack answered {code}",
  },
  de: {
    "launch.welcome.fallback": "Willkommen in eurem Tandem, {mentor} und {mentee}!",
    "launch.welcome.title": "Willkommen in eurem Tandem",
    "launch.welcome.intro":
      "{mentor} und {mentee}, dieser private Kanal gehört euch, für das Reverse-Mentoring-Programm *{program}*. Nur ihr beide und Tandem seid hier, und was ihr hier besprecht, bleibt hier.",
    "launch.welcome.who": "*Wer ist wer*",
    "launch.welcome.who.mentor": "• {mentor} leitet das Tandem und bringt digitales Know-how mit.",
    "launch.welcome.who.mentee": "• {mentee} ist Führungskraft und möchte dazulernen.",
    "launch.welcome.background": "  _Hintergrund:_ {text}",
    "launch.welcome.department": "  _Bereich:_ {text}",
    "launch.welcome.why": "*Warum ihr beide*",
    "launch.welcome.why.none":
      "Ihr teilt die Themen des Programms und habt euch beide für die Teilnahme entschieden.",
    "launch.welcome.side": "*Was {name} mitbringt und sich wünscht*",
    "launch.welcome.goals": "• _Lernziele:_ {text}",
    "launch.welcome.expectations": "• _Erwartungen:_ {text}",
    "launch.welcome.hope": "• _Möchte lernen:_ {text}",
    "launch.welcome.agenda":
      "*Vorschlag für euer erstes Treffen (etwa eine Stunde)*\n1. Kennenlernen: eure Rollen, euer Hintergrund, wie eine normale Woche aussieht (10 Min.)\n2. Erwartungen beider Seiten und eure Zusammenarbeit: Vertraulichkeit, wie oft und wo ihr euch trefft (15 Min.)\n3. Zwei oder drei Themen für den Start wählen, aus den Zielen oben (20 Min.)\n4. Ein erstes kleines Experiment bis zum nächsten Treffen vereinbaren und den Termin festlegen (15 Min.)",
    "launch.welcome.lead":
      "{mentor}, du leitest das Tandem: Schlag bitte einen Termin für euer erstes Treffen vor.",
    "launch.purpose": "Reverse-Mentoring-Tandem: {mentor} begleitet {mentee} · {program}",
    "launch.dm.fallback": "Dein Tandem ist startklar: {channel}",
    "launch.dm.fallback.rematch":
      "Dein Tandem mit {former} ist beendet; dein neues Tandem ist startklar: {channel}",
    "launch.dm.fallback.from_waiting":
      "Ein Platz ist frei geworden, und dein Tandem ist startklar: {channel}",
    "launch.dm.text":
      "🎉 Dein Tandem ist startklar! Du und {partner} habt jetzt einen privaten Kanal: {channel}\nSag dort Hallo; in der Willkommensnachricht steht ein Vorschlag für euer erstes Treffen.",
    "launch.dm.mentor_leads": "Du leitest das Tandem: Schlag {partner} bitte einen ersten Termin vor.",
    "launch.dm.from_waiting":
      "🎉 Gute Nachricht von der Warteliste: Ein Platz ist frei geworden, und dein Tandem ist startklar! Du und {partner} habt jetzt einen privaten Kanal: {channel}\nSag dort Hallo; in der Willkommensnachricht steht ein Vorschlag für euer erstes Treffen.",
    "launch.dm.rematch.requester":
      "Die Programmleitung hat deine Anfrage genehmigt: Dein Tandem mit {former} ist beendet und sein Kanal archiviert. Wir haben gleich jemand Neues für dich gefunden: Du und {partner} habt jetzt einen privaten Kanal, {channel}\nSag dort Hallo; in der Willkommensnachricht steht ein Vorschlag für euer erstes Treffen.",
    "launch.dm.rematch.partner":
      "Dein Tandem mit {former} ist beendet und sein Kanal archiviert. Danke für die Zeit, die du investiert hast! Manchmal passt ein Paar nicht, und das ist niemandes Schuld. Wir haben gleich jemand Neues für dich gefunden: Du und {partner} habt jetzt einen privaten Kanal, {channel}\nSag dort Hallo; in der Willkommensnachricht steht ein Vorschlag für euer erstes Treffen.",
    "launch.waiting.fallback": "Du stehst auf der Warteliste für {program}",
    "launch.waiting.text":
      "Danke, dass du dich für *{program}* angemeldet hast! In dieser Runde haben wir niemanden gefunden, der wirklich zu dir passt. Wir bilden Tandems nach Lernzielen und Themen und warten lieber, als schlecht zu kombinieren.\n\n*Du stehst auf der Warteliste.* Deine Antworten bleiben gespeichert. Sobald ein Platz frei wird, etwa wenn jemand aussteigt oder die nächste Runde beginnt, bist du unter den Ersten, und wir sagen dir sofort Bescheid. Bei Fragen hilft dir die Programmleitung gern.",
    "launch.waiting.closed.fallback": "{program} ist beendet",
    "launch.waiting.closed.text":
      "*{program}* ist heute zu Ende gegangen. Wir haben in dieser Runde niemand Passendes für dich gefunden, und es tut uns leid, dass du vergeblich gewartet hast. Danke für dein Interesse und deine Geduld. Dein Platz auf der Warteliste endet mit dem Programm; wenn die Anmeldung für die nächste Runde öffnet, bist du herzlich willkommen.",
    "launch.waiting.closed.after_tandem":
      "*{program}* ist heute zu Ende gegangen. Nachdem dein Tandem beendet war, haben wir niemand Neues für dich gefunden, und es tut uns leid, dass du vergeblich gewartet hast. Danke für die Zeit, die du dem Programm geschenkt hast, und für deine Geduld. Dein Platz auf der Warteliste endet mit dem Programm; wenn die Anmeldung für die nächste Runde öffnet, bist du herzlich willkommen.",
    "launch.circle.mentor.name": "mentorenkreis",
    "launch.circle.executive.name": "fuehrungskraeftekreis",
    "launch.circle.mentor.purpose":
      "Die Mentor:innen von {program} unterstützen sich hier gegenseitig, mit der Programmleitung.",
    "launch.circle.executive.purpose":
      "Die Führungskräfte (Mentees) von {program} tauschen sich hier über das Gelernte aus, mit der Programmleitung.",
    "launch.circle.mentor.title": "Willkommen in der Mentor:innen-Runde",
    "launch.circle.mentor.text":
      "Dieser private Kanal ist für die Mentor:innen von *{program}* und die Programmleitung. Ihr leitet eure Tandems, und niemand muss das allein tun: Teilt, was funktioniert, holt euch Ideen, wenn ein Tandem feststeckt, und bereitet gemeinsam die Abschlussveranstaltung vor. Was im Tandem gesagt wird, bleibt im Tandem: Teilt hier Erfahrungen, keine vertraulichen Details.",
    "launch.circle.executive.title": "Willkommen im Kreis der Führungskräfte",
    "launch.circle.executive.text":
      "Dieser private Kanal ist für die Führungskräfte (Mentees) von *{program}* und die Programmleitung. Teilt, was ihr von euren Mentor:innen lernt, was ihr ausprobiert habt und was euch überrascht hat. Was im Tandem gesagt wird, bleibt im Tandem: Teilt hier Erfahrungen, keine vertraulichen Details.",
    "launch.circle.managers": "Programmleitung: {managers}",
    "launch.circle.fallback": "Willkommen im Kreis von {program}",
    "launch.status.title": "Start der Tandems",
    "launch.status.none": "Es wurde noch nichts gestartet.",
    "launch.status.counts":
      "{done} von {total, plural, one {# Schritt} other {# Schritten}} erledigt · {pending} in Arbeit · {failed} fehlgeschlagen",
    "launch.status.blocked":
      "{count, plural, one {# Schritt wartet} other {# Schritte warten}} auf einen fehlgeschlagenen Schritt.",
    "launch.status.complete": "Alles erledigt: Alle Kanäle, Einladungen und Nachrichten sind raus.",
    "launch.status.failures": "*Was fehlgeschlagen ist*",
    "launch.status.failure": "• {what} {about}: {reason}",
    "launch.status.more": "…und {count} weitere.",
    "launch.status.retry_hint":
      "Behebe die Ursache (etwa ein Konto reaktivieren) und versuche es dann erneut.",
    "launch.retry": "Fehlgeschlagenes wiederholen",
    "launch.retry.done":
      "{count, plural, one {# fehlgeschlagener Schritt ist} other {# fehlgeschlagene Schritte sind}} wieder eingeplant.",
    "launch.retry.nothing": "Nichts zu wiederholen: Kein Schritt ist fehlgeschlagen.",
    "launch.kind.channel.create": "Kanal anlegen",
    "launch.kind.channel.purpose": "Kanalbeschreibung setzen",
    "launch.kind.channel.invite": "Einladen",
    "launch.kind.channel.archive": "Kanal archivieren",
    "launch.kind.message.post": "Nachricht senden",
    "launch.kind.message.update": "Nachricht aktualisieren",
    "launch.kind.message.pin": "Nachricht anheften",
    "launch.kind.dm.post": "Direktnachricht",
    "launch.kind.home.publish": "App-Startseite aktualisieren",
    "launch.error.user_is_inactive": "das Slack-Konto ist deaktiviert",
    "launch.error.user_not_found": "den Slack-Nutzer gibt es nicht mehr",
    "launch.error.user_disabled": "das Slack-Konto ist deaktiviert",
    "launch.error.is_archived": "der Kanal ist archiviert",
    "launch.error.channel_not_found": "den Kanal gibt es nicht mehr",
    "launch.error.not_in_channel": "Tandem ist nicht Mitglied des Kanals",
    "launch.error.name_taken": "alle Varianten des Kanalnamens sind vergeben",
    "launch.error.slack_unavailable": "Slack hat auch nach mehreren Versuchen nicht geantwortet",
    "launch.error.missing_scope": "der App fehlt eine Berechtigung; bitte die App neu installieren",
    "launch.error.other": "Slack hat mit {code} geantwortet",
  },
});
