import { defineCatalog } from "../define";

export const matching = defineCatalog({
  en: {
    "matching.modal.title": "Matching proposal",
    "matching.modal.done_title": "Matching",
    "matching.summary":
      "*{pairs, plural, one {# pair} other {# pairs}}* proposed for *{program}*. People: {people} · in a pair: {paired} · not matched: {unmatched}. Average fit: {average}%.",
    "matching.help":
      "Lock a pair to keep it when you recompute; forbid a pair to look for other partners. Approving makes the pairs final and starts the launch. Discarding notifies nobody.",
    "matching.button.recompute": "Recompute",
    "matching.button.approve": "Approve and launch",
    "matching.button.discard": "Discard",
    "matching.button.prev": "Previous pairs",
    "matching.button.next": "Next pairs",
    "matching.confirm.approve.title": "Approve the proposal?",
    "matching.confirm.approve.text":
      "Tandems to create: {pairs} · on the waiting list: {waiting}. Everyone is told. This cannot be undone.",
    "matching.confirm.approve.text_consent":
      "Tandems to create: {pairs} · on the waiting list: {waiting} · waiting for consent: {awaitingConsent}. Everyone is told, except those waiting for consent. This cannot be undone.",
    "matching.confirm.approve.yes": "Approve",
    "matching.confirm.discard.title": "Discard the proposal?",
    "matching.confirm.discard.text": "The proposal is thrown away. Nobody is notified.",
    "matching.confirm.discard.yes": "Discard",
    "matching.confirm.no": "Cancel",
    "matching.page": "Pairs {from}–{to} of {total}",
    "matching.pair.fit": "fit {score}%",
    "matching.pair.department": "({department})",
    "matching.pair.locked": "🔒 locked",
    "matching.pair.forbidden": "⛔ forbidden: recompute to find other partners",
    "matching.menu.lock": "Lock this pair",
    "matching.menu.unlock": "Unlock this pair",
    "matching.menu.forbid": "Forbid this pair",
    "matching.menu.allow": "Allow this pair again",
    "matching.no_pairs": "No pairs could be formed.",
    "matching.unmatched.title":
      "*Not matched ({count})*: they go on the waiting list and get a kind message when you approve.",
    "matching.unmatched.title_consent":
      "*Not matched ({count})*: they go on the waiting list and get a kind message when you approve. Except those waiting for consent to the updated privacy notice ({awaitingConsent}): they get no message and stay signed up. Once they agree, recompute, or after the launch run `/mentoring match` again for a late round.",
    "matching.unmatched.more": "… and {count} more.",
    "matching.role.mentor": "mentor",
    "matching.role.mentee": "executive",
    "matching.reason.strong_in":
      "strong in {topic} ({mentorLevel}/5), where the executive rated themselves {menteeLevel} of 5",
    "matching.reason.strong_in_goal":
      "strong in {topic} ({mentorLevel}/5), a goal the executive named, rating themselves {menteeLevel} of 5",
    "matching.reason.same_format": "both prefer {format}",
    "matching.reason.same_frequency": "both want to meet {perMonth}× a month",
    "matching.reason.different_departments": "different departments",
    "matching.reason.shared_language": "shared language: {language}",
    "matching.reason.fallback": "the best available partner for the cohort as a whole",
    "matching.format.in_person": "in-person meetings",
    "matching.format.remote": "remote meetings",
    "matching.format.mixed": "a mix of remote and in-person meetings",
    "matching.language.de": "German",
    "matching.language.en": "English",
    "matching.unmatched.no_capacity":
      "every suitable mentor already has as many mentees as the program allows",
    "matching.unmatched.all_mentees_paired": "every executive already has a mentor",
    "matching.unmatched.only_forbidden": "every possible partner is ruled out by a hard constraint",
    "matching.unmatched.no_shared_language": "no possible partner speaks a shared language",
    "matching.unmatched.no_mentors": "no mentors are available",
    "matching.unmatched.no_mentees": "no executives are available",
    "matching.unmatched.consent_asked": "waiting for consent to the updated privacy notice (asked on {date})",
    "matching.unmatched.consent_sending":
      "waiting for consent to the updated privacy notice (the request is about to be sent)",
    "matching.unmatched.consent_failed":
      "waiting for consent to the updated privacy notice (the request could not be delivered: please contact them)",
    "matching.unmatched.consent_missing": "has not agreed to the privacy notice",
    "matching.notice.locked": "Pair locked: it stays in place when you recompute.",
    "matching.notice.unlocked": "Pair unlocked.",
    "matching.notice.forbidden": "Pair forbidden. Recompute to find other partners for both.",
    "matching.notice.recomputed": "Recomputed, keeping your locked pairs and leaving out forbidden ones.",
    "matching.notice.broken_locks":
      "Locked pairs left out because they now break a hard constraint: {count}.",
    "matching.lock.excluded":
      "This pair can't be locked: one of the two asked not to be paired with the other (for example because of a reporting line).",
    "matching.lock.forbidden": "This pair can't be locked because it is forbidden.",
    "matching.lock.no_shared_language": "This pair can't be locked: the two have no language in common.",
    "matching.lock.mentor_full":
      "This pair can't be locked: the mentor already has as many locked mentees as the program allows ({capacity}).",
    "matching.lock.mentee_locked": "This executive is already locked to another mentor.",
    "matching.lock.unknown_participant":
      "This pair can't be locked: one of the two is no longer part of the cohort. Recompute first.",
    "matching.error.running": "The matching of *{program}* is already approved; its tandems are running.",
    "matching.error.empty":
      "Nobody has completed the sign-up for *{program}* yet, so there is nothing to match.",
    "matching.stale":
      "This proposal is no longer current: it was approved, discarded or replaced. Run `/mentoring match` for a fresh one.",
    "matching.stale_people":
      "Someone in this proposal withdrew or changed since it was computed. Please recompute before approving.",
    "matching.approved":
      "*Approved.* Tandems being launched: {tandems} · on the waiting list: {waiting}. Tandem creates the channels and sends the messages; everyone on the waiting list gets a kind message.",
    "matching.approved.consent":
      "Waiting for consent to the updated privacy notice: {count}. They get no message and stay signed up; once they agree, run `/mentoring match` again to pair them in a late round.",
    "matching.approved_launch_failed":
      "*Approved and saved* (tandems: {tandems} · waiting list: {waiting}), but the launch could not be started. Nothing has been sent yet; please try again from the launch status.",
    "matching.already_approved": "This proposal is already approved. Nothing was done twice.",
    "matching.discarded": "Proposal discarded. Nobody was notified.",
    "matching.computing": "Computing the proposal for the whole cohort…",
  },
  de: {
    "matching.modal.title": "Matching-Vorschlag",
    "matching.modal.done_title": "Matching",
    "matching.summary":
      "*{pairs, plural, one {# Paar} other {# Paare}}* vorgeschlagen für *{program}*. Personen: {people} · in einem Paar: {paired} · ohne Tandem: {unmatched}. Durchschnittliche Passung: {average} %.",
    "matching.help":
      "Fixiere ein Paar, damit es beim Neuberechnen bleibt; schließe ein Paar aus, um andere Tandem-Partner:innen zu suchen. Die Freigabe macht die Paare verbindlich und startet den Launch. Beim Verwerfen wird niemand benachrichtigt.",
    "matching.button.recompute": "Neu berechnen",
    "matching.button.approve": "Freigeben und starten",
    "matching.button.discard": "Verwerfen",
    "matching.button.prev": "Vorherige Paare",
    "matching.button.next": "Weitere Paare",
    "matching.confirm.approve.title": "Vorschlag freigeben?",
    "matching.confirm.approve.text":
      "Neue Tandems: {pairs} · auf der Warteliste: {waiting}. Alle werden informiert. Das lässt sich nicht rückgängig machen.",
    "matching.confirm.approve.text_consent":
      "Neue Tandems: {pairs} · auf der Warteliste: {waiting} · Zustimmung ausstehend: {awaitingConsent}. Alle werden informiert, außer denen, deren Zustimmung aussteht. Das lässt sich nicht rückgängig machen.",
    "matching.confirm.approve.yes": "Freigeben",
    "matching.confirm.discard.title": "Vorschlag verwerfen?",
    "matching.confirm.discard.text": "Der Vorschlag wird verworfen. Niemand wird benachrichtigt.",
    "matching.confirm.discard.yes": "Verwerfen",
    "matching.confirm.no": "Abbrechen",
    "matching.page": "Paare {from}–{to} von {total}",
    "matching.pair.fit": "Passung {score} %",
    "matching.pair.department": "({department})",
    "matching.pair.locked": "🔒 fixiert",
    "matching.pair.forbidden": "⛔ ausgeschlossen: neu berechnen, um andere Tandem-Partner:innen zu finden",
    "matching.menu.lock": "Paar fixieren",
    "matching.menu.unlock": "Fixierung lösen",
    "matching.menu.forbid": "Paar ausschließen",
    "matching.menu.allow": "Paar wieder zulassen",
    "matching.no_pairs": "Es konnten keine Paare gebildet werden.",
    "matching.unmatched.title":
      "*Ohne Tandem ({count})*: Diese Personen kommen auf die Warteliste und erhalten bei der Freigabe eine freundliche Nachricht.",
    "matching.unmatched.title_consent":
      "*Ohne Tandem ({count})*: Diese Personen kommen auf die Warteliste und erhalten bei der Freigabe eine freundliche Nachricht. Ausgenommen sind alle, deren Zustimmung zum geänderten Datenschutzhinweis noch aussteht ({awaitingConsent}): Sie erhalten keine Nachricht und bleiben angemeldet. Sobald sie zugestimmt haben, neu berechnen oder nach dem Start der Tandems erneut `/mentoring match` für eine Nachzügler-Runde ausführen.",
    "matching.unmatched.more": "… und {count} weitere.",
    "matching.role.mentor": "Mentor:in",
    "matching.role.mentee": "Führungskraft",
    "matching.reason.strong_in":
      "stark im Thema {topic} ({mentorLevel}/5), wo sich die Führungskraft mit {menteeLevel} von 5 eingeschätzt hat",
    "matching.reason.strong_in_goal":
      "stark im Thema {topic} ({mentorLevel}/5), einem Lernziel der Führungskraft, die sich mit {menteeLevel} von 5 eingeschätzt hat",
    "matching.reason.same_format": "beide bevorzugen {format}",
    "matching.reason.same_frequency": "beide möchten sich {perMonth}× im Monat treffen",
    "matching.reason.different_departments": "verschiedene Abteilungen",
    "matching.reason.shared_language": "gemeinsame Sprache: {language}",
    "matching.reason.fallback": "die beste verfügbare Besetzung für die Kohorte als Ganzes",
    "matching.format.in_person": "Treffen vor Ort",
    "matching.format.remote": "Remote-Treffen",
    "matching.format.mixed": "eine Mischung aus Remote-Treffen und Treffen vor Ort",
    "matching.language.de": "Deutsch",
    "matching.language.en": "Englisch",
    "matching.unmatched.no_capacity":
      "alle passenden Mentor:innen haben schon so viele Mentees, wie das Programm erlaubt",
    "matching.unmatched.all_mentees_paired": "alle Führungskräfte haben schon ein Tandem",
    "matching.unmatched.only_forbidden": "alle möglichen Tandems sind durch eine feste Regel ausgeschlossen",
    "matching.unmatched.no_shared_language": "niemand, der infrage kommt, spricht eine gemeinsame Sprache",
    "matching.unmatched.no_mentors": "es stehen keine Mentor:innen zur Verfügung",
    "matching.unmatched.no_mentees": "es stehen keine Führungskräfte zur Verfügung",
    "matching.unmatched.consent_asked":
      "Zustimmung zum geänderten Datenschutzhinweis steht aus (angefragt am {date})",
    "matching.unmatched.consent_sending":
      "Zustimmung zum geänderten Datenschutzhinweis steht aus (die Anfrage wird gleich verschickt)",
    "matching.unmatched.consent_failed":
      "Zustimmung zum geänderten Datenschutzhinweis steht aus (die Anfrage konnte nicht zugestellt werden: Bitte sprich die Person an)",
    "matching.unmatched.consent_missing": "hat dem Datenschutzhinweis nicht zugestimmt",
    "matching.notice.locked": "Paar fixiert: Es bleibt beim Neuberechnen bestehen.",
    "matching.notice.unlocked": "Fixierung gelöst.",
    "matching.notice.forbidden":
      "Paar ausgeschlossen. Neu berechnen, um für beide andere Tandem-Partner:innen zu finden.",
    "matching.notice.recomputed":
      "Neu berechnet: fixierte Paare bleiben, ausgeschlossene werden nicht gebildet.",
    "matching.notice.broken_locks":
      "Fixierte Paare, die inzwischen gegen eine feste Regel verstoßen und nicht übernommen wurden: {count}.",
    "matching.lock.excluded":
      "Dieses Paar kann nicht fixiert werden: Eine der beiden Personen möchte nicht mit der anderen zusammenarbeiten (zum Beispiel wegen einer Berichtslinie).",
    "matching.lock.forbidden": "Dieses Paar kann nicht fixiert werden, weil es ausgeschlossen ist.",
    "matching.lock.no_shared_language":
      "Dieses Paar kann nicht fixiert werden: Die beiden haben keine gemeinsame Sprache.",
    "matching.lock.mentor_full":
      "Dieses Paar kann nicht fixiert werden: Die Mentor:in hat schon so viele fixierte Mentees, wie das Programm erlaubt ({capacity}).",
    "matching.lock.mentee_locked": "Diese Führungskraft ist schon mit einer anderen Person fixiert.",
    "matching.lock.unknown_participant":
      "Dieses Paar kann nicht fixiert werden: Eine der beiden Personen gehört nicht mehr zur Kohorte. Bitte zuerst neu berechnen.",
    "matching.error.running": "Das Matching von *{program}* ist bereits freigegeben; die Tandems laufen.",
    "matching.error.empty":
      "Für *{program}* hat noch niemand die Anmeldung abgeschlossen, daher gibt es nichts zu matchen.",
    "matching.stale":
      "Dieser Vorschlag ist nicht mehr aktuell: Er wurde freigegeben, verworfen oder ersetzt. Mit `/mentoring match` erhältst du einen neuen.",
    "matching.stale_people":
      "Seit der Berechnung hat sich jemand aus diesem Vorschlag abgemeldet oder geändert. Bitte vor der Freigabe neu berechnen.",
    "matching.approved":
      "*Freigegeben.* Tandems, die gestartet werden: {tandems} · auf der Warteliste: {waiting}. Tandem legt die Kanäle an und verschickt die Nachrichten; alle auf der Warteliste erhalten eine freundliche Nachricht.",
    "matching.approved.consent":
      "Zustimmung zum geänderten Datenschutzhinweis ausstehend: {count}. Diese Personen erhalten keine Nachricht und bleiben angemeldet; sobald sie zugestimmt haben, führe erneut `/mentoring match` aus, um sie in einer Nachzügler-Runde zuzuordnen.",
    "matching.approved_launch_failed":
      "*Freigegeben und gespeichert* (Tandems: {tandems} · Warteliste: {waiting}), aber der Start der Tandems konnte nicht beginnen. Es wurde noch nichts verschickt; bitte versuche es über den Startstatus erneut.",
    "matching.already_approved": "Dieser Vorschlag ist bereits freigegeben. Nichts wurde doppelt ausgeführt.",
    "matching.discarded": "Vorschlag verworfen. Niemand wurde benachrichtigt.",
    "matching.computing": "Der Vorschlag für die ganze Kohorte wird berechnet …",
  },
});
