import { defineSie } from "../define";
import { rhythm } from "./rhythm";

/** The German "Sie" texts of the rhythm catalog, where they differ from its "du" texts. */
export const rhythmSie = defineSie(rhythm, {
  "plan.modal.intro":
    "Ein bis drei Ziele für Ihr Tandem: Eines reicht für den Anfang, *Ziel hinzufügen* fügt das nächste hinzu. Ein Ziel braucht nur seinen Text, der Rest ist freiwillig. Zieltermine liegen zwischen heute und dem Programmende ({end}). Der Plan wird in Ihrem Kanal angeheftet und aktualisiert, wenn Sie ihn ändern oder in einem Check-in Fortschritt melden.",
  "plan.field.goal_placeholder": "Was wollen Sie erreichen?",
  "plan.field.success": "Woran Sie den Erfolg erkennen",
  "plan.field.success_placeholder": "Woran merken Sie, dass es geklappt hat?",
  "plan.error.no_goals": "Tragen Sie mindestens ein Ziel ein.",
  "plan.error.goal_required":
    "Diese Zeile hat Angaben, aber kein Ziel. Tragen Sie das Ziel ein oder leeren Sie die Zeile.",
  "plan.error.date_after_program": "Das Programm endet am {end}; wählen Sie einen Termin bis dahin.",
  "plan.error.invalid_topic": "Wählen Sie eines der Programmthemen.",
  "plan.error.invalid_status": "Wählen Sie einen Stand.",
  "plan.error.conflict":
    "Jemand aus Ihrem Tandem hat den Plan inzwischen geändert. Schließen Sie dieses Fenster und öffnen Sie den Plan neu, um die Änderungen zu sehen.",
  "plan.error.not_tandem_channel":
    "Der Aktionsplan gehört zu einem Tandem. Geben Sie `/mentoring plan` in Ihrem Tandem-Kanal ein.",
  "plan.error.not_tandem_channel_yours":
    "Der Aktionsplan gehört zu Ihrem Tandem. Geben Sie `/mentoring plan` in {channel} ein.",
  "event.error.in_past":
    "Dieser Zeitpunkt ist vorbei. Wählen Sie ein späteres Datum oder eine spätere Uhrzeit.",
  "event.error.outside_program":
    "Wählen Sie ein Datum zwischen {start} und {end} (die Programmdauer, 30 Tage mehr oder weniger).",
  "event.error.rounds_range": "Wählen Sie zwischen {min} und {max} Runden.",
  "event.rsvp.question": "Sind Sie dabei?",
  "event.rsvp.answer_going":
    "✅ Sie sind dabei. Doch anders entschieden? Klicken Sie einfach auf den anderen Button.",
  "event.rsvp.answer_not_going":
    "Sie können nicht kommen. Danke für die Rückmeldung; Sie können Ihre Antwort noch ändern.",
  "event.rsvp.not_invited": "Diese Einladung ist nicht für Sie.",
  "event.field.name_hint":
    "Bleiben beide Felder leer, lesen alle „Auftaktveranstaltung“, „World Café“ oder „Abschlussveranstaltung“ in ihrer Sprache. Wenn Sie nur eines ausfüllen, lesen alle diesen Namen.",
  "event.field.description_hint":
    "Alle lesen die Beschreibung in ihrer Sprache; wenn Sie nur eine schreiben, lesen alle diese.",
  "event.announce.cafe_one_round":
    "Beim World Café sitzen Sie an einem kleinen Tisch mit Mentor:innen und Führungskräften anderer Tandems.",
  "event.announce.cafe_one_change":
    "Beim World Café sitzen Sie in 2 Runden an kleinen Tischen mit Mentor:innen und Führungskräften anderer Tandems: Nach der ersten Runde wechseln Sie einmal den Tisch.",
  "event.announce.cafe_changes":
    "Beim World Café sitzen Sie in {rounds, plural, one {# Runde} other {# Runden}} an kleinen Tischen mit Mentor:innen und Führungskräften anderer Tandems: Nach jeder Runde außer der letzten wechseln Sie den Tisch, insgesamt {changes, plural, one {einmal} other {#-mal}}.",
  "event.announce.cafe_tables_on":
    "Die Tische werden nach dem Anmeldeschluss aus allen Zusagen geplant; Ihre bekommen Sie dann per Direktnachricht.",
  "event.announce.cafe_tables_soon":
    "Die Tische werden aus allen Zusagen geplant; Ihre bekommen Sie vor der Veranstaltung per Direktnachricht.",
  "event.rsvp.question_by": "Sind Sie dabei? Bitte antworten Sie bis {date}.",
  "event.reminder.week": "Erinnerung, noch eine Woche: *{name}*. Von Ihnen haben wir noch keine Antwort.",
  "event.reminder.day": "Erinnerung für morgen: *{name}*. Von Ihnen haben wir noch keine Antwort.",
  "event.reminder.days":
    "Erinnerung, noch {days, plural, one {# Tag} other {# Tage}}: *{name}*. Von Ihnen haben wir noch keine Antwort.",
  "event.reminder.going_week":
    "Sie haben zugesagt, in einer Woche ist es so weit: *{name}*. Hier noch einmal alles Wichtige.",
  "event.reminder.going_day":
    "Sie haben zugesagt, morgen ist es so weit: *{name}*. Hier noch einmal alles Wichtige.",
  "event.reminder.going_days":
    "Sie haben zugesagt, in {days, plural, one {# Tag} other {# Tagen}} ist es so weit: *{name}*. Hier noch einmal alles Wichtige.",
  "event.reminder.going_change":
    "Doch etwas dazwischengekommen? Sagen Sie kurz Bescheid, damit Ihr Platz frei wird:",
  "event.reminder.tables": "*Ihre Tische*",
  "event.tables.title": "Ihre Tische: {name}",
  "event.tables.intro": "Ihre Tische bei der Veranstaltung *{name}* am {when}:",
  "event.tables.changed":
    "Einige Antworten haben sich geändert, deshalb wurden die Tische für die Veranstaltung *{name}* am {when} neu geplant. Ihre Tische jetzt:",
  "event.tables.fallback": "Ihre Tische bei der Veranstaltung {name} am {when}",
  "event.tables.changed_fallback": "Ihre neuen Tische bei der Veranstaltung {name} am {when}",
  "event.tables.cancel_hint":
    "Können Sie doch nicht? Ändern Sie Ihre Antwort in der Einladung, damit Ihr Platz frei wird.",
  "event.list.none": "Noch keine Veranstaltungen geplant. Planen Sie eine mit `/mentoring event`.",
  "rhythm.checkin.text":
    "Zeit für einen Check-in, {mentor} und {mentee}: Haben Sie sich seit dem letzten Check-in getroffen?",
  "rhythm.checkin.hint":
    "Ein Klick pro Person. Wenn Sie sich getroffen haben, fragt ein kurzes Formular, worum es ging; das dauert eine Minute.",
  "rhythm.checkin.fallback": "Check-in: Haben Sie sich seit dem letzten Check-in getroffen?",
  "rhythm.circle.reply": "Teilen Sie Ihre Erfahrungen im Thread und antworten Sie einander.",
  "rhythm.schedule.source.custom": "Ihr Impuls",
  "rhythm.schedule.list_prompts": "Ihre Impulse",
  "rhythm.prompt.modal.intro":
    "Ihre eigene Frage für die Mentor:innen-Runde. In jeder Phase kommen die eigenen Impulse des Programms zuerst (die ältesten zuerst), dann die der Bibliothek.",
  "rhythm.prompt.error.phase_required": "Bitte wählen Sie eine Phase.",
  "rhythm.prompt.error.text_required": "Bitte schreiben Sie einen Impuls.",
  "rhythm.prompt.usage":
    "`/mentoring prompt add` fügt einen Impuls für die Mentor:innen-Runde hinzu; `/mentoring prompt list` zeigt Ihre.",
  "rhythm.prompt.start.1":
    "Wie lief Ihr erstes Treffen? Teilen Sie eine Sache, die Ihnen geholfen hat, mit Ihrem Mentee ins Gespräch zu kommen.",
  "rhythm.prompt.start.2":
    "Wie haben Sie herausgefunden, was Ihr Mentee wirklich lernen möchte? Welche Frage hat das Gespräch am besten geöffnet?",
  "rhythm.prompt.start.3":
    "Jemanden zu begleiten, der in der Hierarchie weit über Ihnen steht, kann sich seltsam anfühlen. Was hilft Ihnen, offen zu sprechen und die Treffen zu leiten?",
  "rhythm.prompt.start.4":
    "Wie vereinbaren Sie mit Ihrem Mentee Termine, Format und Vertraulichkeit? Teilen Sie, worauf Sie sich geeinigt haben.",
  "rhythm.prompt.start.5":
    "Welche kleine, praktische Übung (ein Tool, eine App, eine Funktion) würden Sie in den ersten Wochen ausprobieren? Teilen Sie Ihre Ideen.",
  "rhythm.prompt.start.6":
    "Was möchten Sie von Ihrem Mentee über Führung und Strategie lernen? Wie könnten Sie danach fragen?",
  "rhythm.prompt.end.6":
    "Was sollte das Programm in der nächsten Runde ändern: Themen, Rhythmus der Treffen, Veranstaltungen, Unterstützung? Teilen Sie eine Idee.",
  "rhythm.prompt.middle.1":
    "Halbzeit: Was macht Ihr Mentee schon anders als vorher? Teilen Sie einen kleinen Erfolg.",
  "rhythm.prompt.middle.2":
    "Treffen verschoben oder abgesagt? Wie halten Sie den Rhythmus, wenn der Kalender Ihres Mentees voll ist?",
  "rhythm.prompt.middle.4":
    "Wie geben Sie Ihrem Mentee ehrliches Feedback, zum Beispiel dazu, wie er oder sie digitale Werkzeuge mit dem eigenen Team nutzt?",
  "rhythm.prompt.middle.5": "Was haben Sie bisher von Ihrem Mentee über Führung oder Entscheidungen gelernt?",
  "rhythm.prompt.middle.6":
    "Passt Ihr Aktionsplan noch? Teilen Sie, wie Sie Ziele anpassen, die sich als zu groß oder zu klein herausgestellt haben.",
  "rhythm.prompt.end.1":
    "Auf welche Veränderung in den digitalen Gewohnheiten Ihres Mentees sind Sie am meisten stolz? Wie kann sie über das Programm hinaus bleiben?",
  "rhythm.prompt.end.2":
    "Die Abschlussveranstaltung naht: Wie wollen Sie gemeinsam mit Ihrem Mentee Ihre ersten Erfolge vorstellen? Teilen Sie Ihre Ideen.",
  "rhythm.prompt.end.4":
    "Wie wollen Sie das Tandem gut abschließen? Bleiben Sie in Kontakt, und in welcher Form?",
  "rhythm.prompt.end.5":
    "Was hat Ihnen das Mentoring einer Führungskraft über Sie selbst, Ihre Laufbahn oder Ihr Unternehmen gezeigt?",
  "rhythm.checkin.modal.intro":
    "Schön, dass Sie sich getroffen haben! Ein paar kurze Fragen. Im Kanal ist nur zu sehen, dass Sie geantwortet haben, nicht was.",
  "rhythm.checkin.modal.met_on": "Wann haben Sie sich (zuletzt) getroffen?",
  "rhythm.checkin.modal.goals": "*Fortschritt bei Ihrem Aktionsplan*",
  "rhythm.checkin.error.date": "Bitte wählen Sie den Tag Ihres Treffens.",
  "rhythm.checkin.error.future": "Der Tag Ihres Treffens kann nicht in der Zukunft liegen.",
  "rhythm.checkin.help_ack":
    "Danke, dass Sie Bescheid geben. Die Programmleitung ist informiert und meldet sich bald bei Ihnen.",
  "rhythm.pause.modal.intro":
    "Bis zum gewählten Tag gibt es keine Check-ins und Erinnerungen; an diesem Tag geht das Tandem von selbst weiter. Um früher weiterzumachen, klicken Sie im Kanal unter dem Hinweis zur Pause auf *Jetzt fortsetzen*.",
  "rhythm.pause.error.missing": "Wählen Sie den Tag, an dem es weitergeht.",
  "rhythm.pause.error.past": "Wählen Sie einen Tag nach heute.",
  "rhythm.pause.error.after_end": "Wählen Sie einen Tag bis spätestens zum Programmende ({end}).",
  "rhythm.pause.over":
    "▶️ Willkommen zurück! Die Pause ist vorbei, und die Check-ins gehen wie gewohnt weiter. Vielleicht legen Sie gleich einen Termin für Ihr nächstes Treffen fest?",
  "rhythm.pause.not_in_tandem": "Bitte tippen Sie `/mentoring {command}` im Kanal Ihres Tandems.",
  "rhythm.rematch.modal.intro":
    "Wenn dieses Tandem für Sie nicht passt, kann die Programmleitung es beenden und ein neues Tandem für Sie suchen. *Ihre Anfrage ist vertraulich:* {partner} erfährt nichts davon.",
  "rhythm.rematch.home.text":
    "Ihr Tandem passt nicht? Sie können die Programmleitung vertraulich um ein neues Tandem bitten.",
  "rhythm.rematch.sent.text":
    "Danke. Die Programmleitung sieht sich Ihre Anfrage an und meldet sich bei Ihnen. Ihrem Gegenüber wurde nichts gesagt.",
  "rhythm.rematch.not_member":
    "Nur die beiden Mitglieder eines Tandems können um eine neue Zuordnung bitten. Bitte tippen Sie `/mentoring rematch` im Kanal Ihres Tandems.",
  "rhythm.rematch.channel.ended":
    "Dieses Tandem ist beendet. Danke Ihnen beiden für Ihre Zeit! Dieser Kanal wird archiviert.",
  "rhythm.rematch.dm.requester":
    "Die Programmleitung hat Ihre Anfrage genehmigt: Ihr Tandem mit {partner} ist beendet und sein Kanal archiviert. Sie stehen wieder auf der Warteliste, und wir sagen Ihnen Bescheid, sobald es ein neues Tandem für Sie gibt.",
  "rhythm.rematch.dm.partner":
    "Ihr Tandem mit {partner} ist beendet und sein Kanal archiviert. Danke für die Zeit, die Sie investiert haben! Manchmal passt ein Paar nicht, und das ist niemandes Schuld. Sie stehen wieder auf der Warteliste, und wir sagen Ihnen Bescheid, sobald es ein neues Tandem für Sie gibt.",
  "rhythm.rematch.dm.declined":
    "Zu Ihrer Bitte um eine neue Zuordnung: Die Programmleitung möchte Ihr Tandem mit {partner} im Moment lieber nicht beenden. {manager} meldet sich bei Ihnen, um darüber zu sprechen. Danke, dass Sie das offen angesprochen haben.",
  "rhythm.prompt.saved.not_reached":
    "In diesem Programm bleibt für ihn kein Impuls dieser Phase mehr übrig: Die Phase ist vorbei, oder früher gespeicherte eigene Impulse belegen die restlichen. Entfernen Sie einen älteren eigenen Impuls dieser Phase (`/mentoring prompt list`), damit er nachrückt.",
  "rhythm.circle.waiting":
    "Sie warten noch auf Ihr Tandem? Machen Sie trotzdem mit: Teilen Sie, wie Sie es angehen würden, oder fragen Sie die, die schon eine Führungskraft begleiten.",
  "event.announce.intro_waiting":
    "Herzliche Einladung zur Veranstaltung *{name}* im Programm {program}. Auch ohne Tandem sind Sie herzlich willkommen: So lernen Sie die anderen und das Programm kennen.",
  "rhythm.help.choice.text": "Wer soll erfahren, dass Sie um Hilfe bitten?",
  "rhythm.help.choice.hint":
    "Diese Nachricht sehen nur Sie. *Hier zeigen:* Der Check-in zeigt, dass Sie um Hilfe gebeten haben, {partner} sieht es, und die Programmleitung wird informiert. *Nur die Programmleitung:* Jemand aus der Programmleitung meldet sich bei Ihnen; {partner} erfährt nichts davon, und der Check-in bleibt, wie er ist.",
  "rhythm.help.private_ack":
    "🔒 Nur die Programmleitung wurde informiert; {partner} sieht nichts davon. Jemand aus der Programmleitung meldet sich bald bei Ihnen.",
  "rhythm.alert.help_private":
    "🔒 *{user} bittet vertraulich um Hilfe* im Tandem mit {partner}. {partner} weiß nichts davon: Bitte melden Sie sich direkt bei {user}, nicht im Kanal des Tandems.",
  "rhythm.prompt.middle.3":
    "Welche Erklärung oder Demo hat bisher am besten funktioniert, und welche nicht? Was würden Sie beim nächsten Mal ändern?",
  "rhythm.prompt.end.3":
    "Was würden Sie neuen Mentor:innen vor ihrem ersten Treffen mit einer Führungskraft raten?",
  "rhythm.checkin.final_text":
    "Letzter Check-in für {mentor} und {mentee}: Das Programm endet am {date}. Haben Sie sich seit dem letzten Check-in getroffen? Nehmen Sie sich bei Ihrem letzten Treffen zehn Minuten: Was hat sich an Ihrer Arbeit verändert, und was wollen Sie nach dem Programm beibehalten?",
  "rhythm.checkin.final_fallback":
    "Letzter Check-in: Das Programm endet am {date}. Haben Sie sich seit dem letzten Check-in getroffen?",
  "rhythm.checkin.late_thanks":
    "Danke, Ihre Antwort zählt. Das Programm ist zu Ende, dies war also der letzte Check-in.",
  "rhythm.nudge.thread":
    "{mentor} {mentee}, eine freundliche Erinnerung: Dieser Check-in ist noch offen. Wenn Sie sich getroffen haben, genügt ein Klick oben. Wenn nicht: Wie wäre es, das nächste Treffen gleich in den Kalender zu legen? Auch eine halbe Stunde zu einer konkreten Frage hilft.",
});
