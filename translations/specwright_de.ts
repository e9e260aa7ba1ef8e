<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AmbiguityRules</name>
    <message>
        <source>Vague term</source>
        <translation>Vager Begriff</translation>
    </message>
    <message>
        <source>Words such as "appropriate", "reasonable", "several" or "sufficient" let every reader fill in their own threshold. Say what exactly qualifies: a number, a list, or a reference to the section that decides.</source>
        <translation>Wörter wie „angemessen“, „vernünftig“, „mehrere“ oder „ausreichend“ lassen jeden Leser seine eigene Schwelle einsetzen. Sagen Sie genau, was zählt: eine Zahl, eine Liste oder ein Verweis auf den Abschnitt, der entscheidet.</translation>
    </message>
    <message>
        <source>vague term "%1": say what exactly qualifies</source>
        <translation>vager Begriff „%1“: sagen Sie genau, was zählt</translation>
    </message>
    <message>
        <source>Escape clause</source>
        <translation>Ausweichklausel</translation>
    </message>
    <message>
        <source>"As appropriate", "where possible", "if necessary" and similar clauses let an implementation skip the requirement whenever it likes. State the condition under which the rule does not apply.</source>
        <translation>„Wie angemessen“, „wo möglich“, „falls nötig“ und ähnliche Klauseln erlauben einer Implementierung, die Anforderung nach Belieben zu übergehen. Nennen Sie die Bedingung, unter der die Regel nicht gilt.</translation>
    </message>
    <message>
        <source>escape clause "%1": state when the rule does not apply</source>
        <translation>Ausweichklausel „%1“: nennen Sie, wann die Regel nicht gilt</translation>
    </message>
    <message>
        <source>Open-ended list</source>
        <translation>Offene Aufzählung</translation>
    </message>
    <message>
        <source>open-ended list "%1": name every item or the rule for membership</source>
        <translation>offene Aufzählung „%1“: nennen Sie jedes Element oder die Regel für die Zugehörigkeit</translation>
    </message>
    <message>
        <source>Comparative without a baseline</source>
        <translation>Komparativ ohne Vergleichsgröße</translation>
    </message>
    <message>
        <source>"Faster", "more secure", "improved": compared with what? A comparative without "than ..." in the sentence has no baseline to test against.</source>
        <translation>„Schneller“, „sicherer“, „verbessert“: im Vergleich womit? Ein Komparativ ohne „als …“ im Satz hat keine Vergleichsgröße, gegen die man testen könnte.</translation>
    </message>
    <message>
        <source>comparative "%1" without a baseline: than what?</source>
        <translation>Komparativ „%1“ ohne Vergleichsgröße: als was?</translation>
    </message>
    <message>
        <source>Superlative</source>
        <translation>Superlativ</translation>
    </message>
    <message>
        <source>"Best", "optimal", "most" cannot be verified: there is always a better one. Give the criterion and the threshold instead.</source>
        <translation>„Beste“, „optimal“, „am meisten“ lassen sich nicht prüfen: es gibt immer etwas Besseres. Nennen Sie stattdessen das Kriterium und die Schwelle.</translation>
    </message>
    <message>
        <source>superlative "%1" cannot be verified; give a threshold</source>
        <translation>Superlativ „%1“ ist nicht prüfbar; nennen Sie eine Schwelle</translation>
    </message>
    <message>
        <source>Vague time</source>
        <translation>Vage Zeitangabe</translation>
    </message>
    <message>
        <source>"Soon", "promptly", "periodically", "in real time" do not say how long. Give a duration, a deadline or the event that ends the wait.</source>
        <translation>„Bald“, „umgehend“, „regelmäßig“, „in Echtzeit“ sagen nicht, wie lange. Nennen Sie eine Dauer, eine Frist oder das Ereignis, das das Warten beendet.</translation>
    </message>
    <message>
        <source>vague time "%1": give a duration or a deadline</source>
        <translation>vage Zeitangabe „%1“: nennen Sie eine Dauer oder eine Frist</translation>
    </message>
    <message>
        <source>"and/or"</source>
        <translation>„und/oder“</translation>
    </message>
    <message>
        <source>"A and/or B" leaves open whether both are required. Write "A, B or both", "A or B" or "A and B".</source>
        <translation>„A und/oder B“ lässt offen, ob beides verlangt ist. Schreiben Sie „A, B oder beides“, „A oder B“ oder „A und B“.</translation>
    </message>
    <message>
        <source>"and/or": say whether one, the other or both are meant</source>
        <translation>„und/oder“: sagen Sie, ob das eine, das andere oder beides gemeint ist</translation>
    </message>
    <message>
        <source>Unmeasurable quality</source>
        <translation>Nicht messbare Eigenschaft</translation>
    </message>
    <message>
        <source>Qualities such as "fast", "user-friendly", "robust" or "scalable" cannot be tested unless the sentence gives a measure (a number and a unit). The rule stays quiet when the sentence holds a number.</source>
        <translation>Eigenschaften wie „schnell“, „benutzerfreundlich“, „robust“ oder „skalierbar“ lassen sich nur testen, wenn der Satz ein Maß nennt (eine Zahl und eine Einheit). Die Regel schweigt, wenn der Satz eine Zahl enthält.</translation>
    </message>
    <message>
        <source>"%1" cannot be measured as written; add a number and a unit</source>
        <translation>„%1“ ist so nicht messbar; ergänzen Sie eine Zahl und eine Einheit</translation>
    </message>
    <message>
        <source>Repeated word</source>
        <translation>Wiederholtes Wort</translation>
    </message>
    <message>
        <source>The same word twice in a row ("the the") is almost always a typo.</source>
        <translation>Dasselbe Wort zweimal hintereinander („die die“) ist fast immer ein Tippfehler.</translation>
    </message>
    <message>
        <source>"in order to"</source>
        <translation>„in order to“</translation>
    </message>
    <message>
        <source>"In order to" says nothing "to" does not; the quick fix shortens it.</source>
        <translation>„In order to“ sagt nichts, was „to“ nicht sagt; die Schnellkorrektur kürzt es.</translation>
    </message>
    <message>
        <source>"%1" is repeated</source>
        <translation>„%1“ ist wiederholt</translation>
    </message>
    <message>
        <source>Remove the repeated word</source>
        <translation>Wiederholtes Wort entfernen</translation>
    </message>
    <message>
        <source>"in order to" can be "to"</source>
        <translation>„in order to“ kann „to“ sein</translation>
    </message>
    <message>
        <source>Replace with "to"</source>
        <translation>Durch „to“ ersetzen</translation>
    </message>
    <message>
        <source>"etc.", "and so on", "and other ..." or "including but not limited to" leave a list open, so nobody can tell whether an item not named is in scope. Name every item, or state the rule that decides membership.</source>
        <translation>„etc.“, „und so weiter“, „und andere …“ oder „einschließlich, aber nicht beschränkt auf“ lassen eine Liste offen, sodass niemand sagen kann, ob ein nicht genannter Punkt dazugehört. Nennen Sie jeden Punkt oder die Regel, die über die Zugehörigkeit entscheidet.</translation>
    </message>
    <message>
        <source>"%1" appears twice around "%2"; one is left over from an edit</source>
        <translation>„%1“ steht zweimal um „%2“; eines ist von einer Überarbeitung übrig</translation>
    </message>
    <message>
        <source>Remove the second "%1"</source>
        <translation>Das zweite „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>AmendmentCommitter</name>
    <message>
        <source>Amend %1: %2</source>
        <translation>Änderung an %1: %2</translation>
    </message>
    <message>
        <source>update</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>Changed sections:</source>
        <translation>Geänderte Abschnitte:</translation>
    </message>
    <message>
        <source>The repository is bare: there is no working file to commit.</source>
        <translation>Das Repository ist ein Bare-Repository: es gibt keine Arbeitsdatei zum Committen.</translation>
    </message>
    <message>
        <source>A merge (or another git operation) is in progress. Finish or abort it before committing an amendment.</source>
        <translation>Ein Merge (oder ein anderer Git-Vorgang) läuft gerade. Schließen Sie ihn ab oder brechen Sie ihn ab, bevor Sie eine Änderung committen.</translation>
    </message>
    <message>
        <source>HEAD is detached: the commit would not be on any branch. Check out a branch first, or confirm that you want to commit on a detached HEAD.</source>
        <translation>HEAD ist losgelöst: der Commit läge auf keinem Branch. Checken Sie zuerst einen Branch aus oder bestätigen Sie, dass Sie auf einem losgelösten HEAD committen wollen.</translation>
    </message>
    <message>
        <source>%1 is not inside the repository's working folder</source>
        <translation>%1 liegt nicht im Arbeitsordner des Repositorys</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>Enter the base URL of an OpenAI-compatible API, e.g. http://127.0.0.1:8080/v1.</source>
        <translation>Geben Sie die Basis-URL einer OpenAI-kompatiblen API ein, z. B. http://127.0.0.1:8080/v1.</translation>
    </message>
    <message>
        <source>"%1" is not an http:// or https:// URL.</source>
        <translation>„%1“ ist keine http://- oder https://-URL.</translation>
    </message>
</context>
<context>
    <name>BundleGenerator</name>
    <message>
        <source>skipped %1: not available here</source>
        <translation>%1 übersprungen: hier nicht verfügbar</translation>
    </message>
    <message>
        <source>running %1</source>
        <translation>%1 läuft</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ChangelogWriter</name>
    <message>
        <source>New sections</source>
        <translation>Neue Abschnitte</translation>
    </message>
    <message>
        <source>Removed sections</source>
        <translation>Entfernte Abschnitte</translation>
    </message>
    <message>
        <source>Authority changes</source>
        <translation>Änderungen der Autorität</translation>
    </message>
    <message>
        <source>Obligations strengthened</source>
        <translation>Verschärfte Pflichten</translation>
    </message>
    <message>
        <source>Obligations weakened</source>
        <translation>Abgeschwächte Pflichten</translation>
    </message>
    <message>
        <source>Obligations negated</source>
        <translation>Verneinte Pflichten</translation>
    </message>
    <message>
        <source>New obligations</source>
        <translation>Neue Pflichten</translation>
    </message>
    <message>
        <source>Obligations removed</source>
        <translation>Entfernte Pflichten</translation>
    </message>
    <message>
        <source>Obligations reworded with the same force</source>
        <translation>Umformulierte Pflichten gleicher Stärke</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Other edits</source>
        <translation>Weitere Änderungen</translation>
    </message>
    <message>
        <source>with 1 obligation</source>
        <translation>mit 1 Pflicht</translation>
    </message>
    <message>
        <source>with %1 obligations</source>
        <translation>mit %1 Pflichten</translation>
    </message>
    <message>
        <source>and its obligation</source>
        <translation>und seine Pflicht</translation>
    </message>
    <message>
        <source>and its %1 obligations</source>
        <translation>und seine %1 Pflichten</translation>
    </message>
    <message>
        <source>%1: example “%2” added</source>
        <translation>%1: Beispiel „%2“ hinzugefügt</translation>
    </message>
    <message>
        <source>%1: example “%2” removed</source>
        <translation>%1: Beispiel „%2“ entfernt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1: %2 (was %3)</source>
        <translation>%1: %2 (vorher %3)</translation>
    </message>
    <message>
        <source>%1 moved from %2 to %3</source>
        <translation>%1 verschoben von %2 nach %3</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>der obersten Ebene</translation>
    </message>
    <message>
        <source>%1 renamed from “%2”</source>
        <translation>%1 umbenannt von „%2“</translation>
    </message>
    <message>
        <source>%1: id `%2` → `%3`</source>
        <translation>%1: ID `%2` → `%3`</translation>
    </message>
    <message>
        <source>%1 placed elsewhere among its siblings</source>
        <translation>%1 steht an anderer Stelle unter seinen Geschwistern</translation>
    </message>
    <message>
        <source>example “%1” added</source>
        <translation>Beispiel „%1“ hinzugefügt</translation>
    </message>
    <message>
        <source>example “%1” removed</source>
        <translation>Beispiel „%1“ entfernt</translation>
    </message>
    <message>
        <source>example “%1”: label flipped %2</source>
        <translation>Beispiel „%1“: Bewertung umgedreht %2</translation>
    </message>
    <message>
        <source>example “%1”: rationale changed %2</source>
        <translation>Beispiel „%1“: Begründung geändert %2</translation>
    </message>
    <message>
        <source>example “%1”: answer added %2</source>
        <translation>Beispiel „%1“: Antwort hinzugefügt %2</translation>
    </message>
    <message>
        <source>example “%1”: answer removed %2</source>
        <translation>Beispiel „%1“: Antwort entfernt %2</translation>
    </message>
    <message>
        <source>example “%1”: turns edited</source>
        <translation>Beispiel „%1“: Gesprächsbeiträge bearbeitet</translation>
    </message>
    <message>
        <source>%1: wording edited (+%2 −%3 words)</source>
        <translation>%1: Wortlaut bearbeitet (+%2 −%3 Wörter)</translation>
    </message>
    <message>
        <source>Release notes (draft): %1</source>
        <translation>Versionshinweise (Entwurf): %1</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message>
        <source>Formatting only</source>
        <translation>Nur Formatierung</translation>
    </message>
</context>
<context>
    <name>ConsistencyRules</name>
    <message>
        <source>Character that looks like another</source>
        <translation>Zeichen, das wie ein anderes aussieht</translation>
    </message>
    <message>
        <source>A non-breaking hyphen (U+2011), a soft hyphen, a zero-width space or a curly apostrophe among straight ones in the headings looks like the ordinary character but is not: search, links and ids miss the word. The quick fix writes the plain character.</source>
        <translation>Ein geschützter Bindestrich (U+2011), ein bedingter Trennstrich, ein Leerzeichen ohne Breite oder ein typografischer Apostroph zwischen geraden Apostrophen in den Überschriften sieht wie das gewöhnliche Zeichen aus, ist es aber nicht: Suche, Links und IDs finden das Wort nicht. Die Schnellkorrektur schreibt das einfache Zeichen.</translation>
    </message>
    <message>
        <source>Double space between words</source>
        <translation>Doppeltes Leerzeichen zwischen Wörtern</translation>
    </message>
    <message>
        <source>Two or more spaces between two words inside a sentence are a typing slip; the quick fix leaves one. Two spaces after a full stop are a convention and are not reported.</source>
        <translation>Zwei oder mehr Leerzeichen zwischen zwei Wörtern innerhalb eines Satzes sind ein Tippfehler; die Schnellkorrektur lässt eines stehen. Zwei Leerzeichen nach einem Punkt sind eine Konvention und werden nicht gemeldet.</translation>
    </message>
    <message>
        <source>Lone upper-case keyword in a lower-case spec</source>
        <translation>Einzelnes großgeschriebenes Schlüsselwort in einer kleingeschriebenen Spezifikation</translation>
    </message>
    <message>
        <source>The spec writes its requirements with lower-case must, should and may, but here one keyword is in capitals. A reader wonders whether it is stronger than the others. Use the spec's own case (the quick fix), or adopt BCP 14 capitals throughout.</source>
        <translation>Die Spezifikation schreibt ihre Anforderungen mit kleingeschriebenem must, should und may, aber hier steht ein Schlüsselwort in Großbuchstaben. Leser fragen sich, ob es stärker ist als die anderen. Verwenden Sie die Schreibweise der Spezifikation (die Schnellkorrektur) oder durchgehend BCP-14-Großbuchstaben.</translation>
    </message>
    <message>
        <source>Capitalised name used as a defined term but never defined</source>
        <translation>Großgeschriebener Name, der wie ein definierter Begriff verwendet, aber nie definiert wird</translation>
    </message>
    <message>
        <source>A capitalised phrase such as "Safe Completions" is used mid-sentence more than once, like a defined term, but no heading, bold definition, quoted definition or glossary entry defines it. Off by default: product and organisation names look the same.</source>
        <translation>Eine großgeschriebene Wendung wie „Safe Completions“ wird mitten im Satz mehr als einmal wie ein definierter Begriff verwendet, aber keine Überschrift, fette Definition, zitierte Definition und kein Glossareintrag definiert sie. Standardmäßig aus: Produkt- und Organisationsnamen sehen genauso aus.</translation>
    </message>
    <message>
        <source>Normative statements that may contradict each other</source>
        <translation>Normative Aussagen, die einander widersprechen könnten</translation>
    </message>
    <message>
        <source>Two sections state the same subject and action with opposite force (MUST and MUST NOT, SHOULD and SHOULD NOT, MAY and MUST NOT). Often one is a special case of the other; then say so in the text.</source>
        <translation>Zwei Abschnitte nennen dasselbe Subjekt und dieselbe Handlung mit entgegengesetzter Verbindlichkeit (MUST und MUST NOT, SHOULD und SHOULD NOT, MAY und MUST NOT). Oft ist eine ein Sonderfall der anderen; dann sagen Sie das im Text.</translation>
    </message>
    <message>
        <source>%1 looks like an ordinary character but is not</source>
        <translation>%1 sieht wie ein gewöhnliches Zeichen aus, ist es aber nicht</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Replace with "%1"</source>
        <translation>Durch „%1“ ersetzen</translation>
    </message>
    <message>
        <source>straight apostrophe where the other headings use a curly one (%1 against %2)</source>
        <translation>gerader Apostroph, wo die anderen Überschriften einen typografischen verwenden (%1 gegen %2)</translation>
    </message>
    <message>
        <source>curly apostrophe where the other headings use a straight one (%1 against %2)</source>
        <translation>typografischer Apostroph, wo die anderen Überschriften einen geraden verwenden (%1 gegen %2)</translation>
    </message>
    <message>
        <source>Replace with %1</source>
        <translation>Durch %1 ersetzen</translation>
    </message>
    <message>
        <source>%1 spaces between words</source>
        <translation>%1 Leerzeichen zwischen Wörtern</translation>
    </message>
    <message>
        <source>Leave one space</source>
        <translation>Ein Leerzeichen lassen</translation>
    </message>
    <message>
        <source>"%1" is the only upper-case keyword form among %2 lower-case ones</source>
        <translation>„%1“ ist die einzige großgeschriebene Schlüsselwortform unter %2 kleingeschriebenen</translation>
    </message>
    <message>
        <source>Change to "%1"</source>
        <translation>In „%1“ ändern</translation>
    </message>
    <message>
        <source>"%1" is used %2 times like a defined term but is never defined</source>
        <translation>„%1“ wird %2-mal wie ein definierter Begriff verwendet, aber nie definiert</translation>
    </message>
    <message>
        <source>"%1" here, but "%2" in "%3" (line %4) for the same subject and action</source>
        <translation>Hier „%1“, aber „%2“ in „%3“ (Zeile %4) für dasselbe Subjekt und dieselbe Handlung</translation>
    </message>
</context>
<context>
    <name>DiffBodyRenderer</name>
    <message>
        <source>was</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>%1 (was: %2)</source>
        <translation>%1 (vorher: %2)</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>the repository of %1 is bare</source>
        <translation>das Repository von %1 ist ein Bare-Repository</translation>
    </message>
    <message>
        <source>%1 is outside the repository's working folder</source>
        <translation>%1 liegt außerhalb des Arbeitsordners des Repositorys</translation>
    </message>
    <message>
        <source>%1 is binary or too large at %2</source>
        <translation>%1 ist in %2 binär oder zu groß</translation>
    </message>
    <message>
        <source>%1 is binary or too large</source>
        <translation>%1 ist binär oder zu groß</translation>
    </message>
    <message>
        <source>working file</source>
        <translation>Arbeitsdatei</translation>
    </message>
    <message>
        <source>the repository has no commits yet; nothing to compare with</source>
        <translation>das Repository hat noch keine Commits; es gibt nichts zum Vergleichen</translation>
    </message>
    <message>
        <source>(no earlier version)</source>
        <translation>(keine frühere Version)</translation>
    </message>
    <message>
        <source>specc: warning: %1 is not valid UTF-8; invalid bytes shown as �</source>
        <translation>specc: Warnung: %1 ist kein gültiges UTF-8; ungültige Bytes werden als � angezeigt</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>+%1 -%2 words</source>
        <translation>+%1 -%2 Wörter</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>umbenannt</translation>
    </message>
    <message>
        <source>example %1: %2%3</source>
        <translation>Beispiel %1: %2%3</translation>
    </message>
    <message>
        <source>usage: specc diff [--from REV] [--to REV] [--format text|json|html|changelog|junit] FILE
  --from REV   old version (default: HEAD when the working file differs from it,
               else the version before the last commit that changed FILE)
  --to REV     new version (default: the working file on disk)
  --format F   text (section summary, default), json, html (standalone page) or
               changelog (a Markdown draft of release notes) or junit (one
               test case per section, for CI test reports)
Exit status: 0 on success (with or without differences), 2 on usage, I/O or
repository errors.</source>
        <translation>Aufruf: specc diff [--from REV] [--to REV] [--format text|json|html|changelog|junit] DATEI
  --from REV   alte Fassung (Standard: HEAD, wenn die Arbeitsdatei davon abweicht,
               sonst die Fassung vor dem letzten Commit, der DATEI geändert hat)
  --to REV     neue Fassung (Standard: die Arbeitsdatei auf der Platte)
  --format F   text (Abschnittsübersicht, Standard), json, html (eigenständige Seite) oder
               changelog (ein Markdown-Entwurf von Versionshinweisen) oder junit (ein
               Testfall je Abschnitt, für CI-Testberichte)
Rückgabewert: 0 bei Erfolg (mit oder ohne Unterschiede), 2 bei Aufruf-, E/A- oder
Repository-Fehlern.</translation>
    </message>
    <message>
        <source>unknown format "%1"; use one of: %2</source>
        <translation>unbekanntes Format „%1“; möglich sind: %2</translation>
    </message>
    <message>
        <source>the repository is a shallow clone: the history of %1 before its oldest fetched commit is missing (run git fetch --unshallow)</source>
        <translation>das Repository ist ein flacher Klon: die Geschichte von %1 vor seinem ältesten geholten Commit fehlt (git fetch --unshallow ausführen)</translation>
    </message>
    <message>
        <source>sections: %1 modified, %2 added, %3 removed, %4 renamed, %5 moved, %6 formatting only, %7 unchanged</source>
        <translation>Abschnitte: %1 geändert, %2 hinzugefügt, %3 entfernt, %4 umbenannt, %5 verschoben, %6 nur Formatierung, %7 unverändert</translation>
    </message>
    <message>
        <source>obligations: %1 added, %2 removed, %3 strengthened, %4 weakened, %5 negated, %6 reworded; %7 authority changes; %8 examples changed</source>
        <translation>Pflichten: %1 hinzugefügt, %2 entfernt, %3 verschärft, %4 abgeschwächt, %5 verneint, %6 umformuliert; %7 Änderungen der Autorität; %8 Beispiele geändert</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>moved: %1 -&gt; %2</source>
        <translation>verschoben: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>(top)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <source>reordered</source>
        <translation>umgestellt</translation>
    </message>
    <message>
        <source>heading level %1 -&gt; %2</source>
        <translation>Überschriftenebene %1 -&gt; %2</translation>
    </message>
    <message>
        <source>obligation %1: %2%3</source>
        <translation>Pflicht %1: %2%3</translation>
    </message>
</context>
<context>
    <name>DiffHtmlWriter</name>
    <message>
        <source>Link target changed; was %1</source>
        <translation>Linkziel geändert; vorher %1</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>id %1 → %2</source>
        <translation>ID %1 → %2</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>umbenannt</translation>
    </message>
    <message>
        <source>formatting only</source>
        <translation>nur Formatierung</translation>
    </message>
    <message>
        <source>authority: %1 → %2</source>
        <translation>Autorität: %1 → %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Keine Änderungen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>der obersten Ebene</translation>
    </message>
    <message>
        <source>moved from %1 to %2</source>
        <translation>verschoben von %1 nach %2</translation>
    </message>
    <message>
        <source>placed elsewhere among its siblings</source>
        <translation>an anderer Stelle unter seinen Geschwistern</translation>
    </message>
    <message>
        <source>heading level %1 → %2 (same place in the outline)</source>
        <translation>Überschriftenebene %1 → %2 (gleiche Stelle in der Gliederung)</translation>
    </message>
    <message>
        <source>formatting only: reflow, emphasis markers or whitespace</source>
        <translation>nur Formatierung: Zeilenumbruch, Hervorhebungszeichen oder Leerraum</translation>
    </message>
    <message>
        <source>obligation added: %1</source>
        <translation>Pflicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>obligation removed: %1</source>
        <translation>Pflicht entfernt: %1</translation>
    </message>
    <message>
        <source>strengthened %1 → %2: %3</source>
        <translation>verschärft %1 → %2: %3</translation>
    </message>
    <message>
        <source>weakened %1 → %2: %3</source>
        <translation>abgeschwächt %1 → %2: %3</translation>
    </message>
    <message>
        <source>negated %1 → %2: %3</source>
        <translation>verneint %1 → %2: %3</translation>
    </message>
    <message>
        <source>reworded, same force (%1): %2</source>
        <translation>umformuliert, gleiche Stärke (%1): %2</translation>
    </message>
    <message>
        <source>example added: %1</source>
        <translation>Beispiel hinzugefügt: %1</translation>
    </message>
    <message>
        <source>example removed: %1</source>
        <translation>Beispiel entfernt: %1</translation>
    </message>
    <message>
        <source>example label flipped: %1</source>
        <translation>Bewertung im Beispiel umgedreht: %1</translation>
    </message>
    <message>
        <source>example rationale changed: %1</source>
        <translation>Begründung im Beispiel geändert: %1</translation>
    </message>
    <message>
        <source>example answer added: %1</source>
        <translation>Antwort im Beispiel hinzugefügt: %1</translation>
    </message>
    <message>
        <source>example answer removed: %1</source>
        <translation>Antwort im Beispiel entfernt: %1</translation>
    </message>
    <message>
        <source>example edited: %1</source>
        <translation>Beispiel bearbeitet: %1</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Show the unchanged text</source>
        <translation>Unveränderten Text zeigen</translation>
    </message>
</context>
<context>
    <name>DiffSummary</name>
    <message>
        <source>1 obligation added</source>
        <translation>1 Pflicht hinzugefügt</translation>
    </message>
    <message>
        <source>%1 obligations added</source>
        <translation>%1 Pflichten hinzugefügt</translation>
    </message>
    <message>
        <source>1 obligation removed</source>
        <translation>1 Pflicht entfernt</translation>
    </message>
    <message>
        <source>%1 obligations removed</source>
        <translation>%1 Pflichten entfernt</translation>
    </message>
    <message>
        <source>1 obligation strengthened</source>
        <translation>1 Pflicht verschärft</translation>
    </message>
    <message>
        <source>%1 obligations strengthened</source>
        <translation>%1 Pflichten verschärft</translation>
    </message>
    <message>
        <source>1 obligation weakened</source>
        <translation>1 Pflicht abgeschwächt</translation>
    </message>
    <message>
        <source>%1 obligations weakened</source>
        <translation>%1 Pflichten abgeschwächt</translation>
    </message>
    <message>
        <source>1 obligation negated</source>
        <translation>1 Pflicht verneint</translation>
    </message>
    <message>
        <source>%1 obligations negated</source>
        <translation>%1 Pflichten verneint</translation>
    </message>
    <message>
        <source>1 obligation reworded</source>
        <translation>1 Pflicht umformuliert</translation>
    </message>
    <message>
        <source>%1 obligations reworded</source>
        <translation>%1 Pflichten umformuliert</translation>
    </message>
    <message>
        <source>1 authority change</source>
        <translation>1 Änderung der Autorität</translation>
    </message>
    <message>
        <source>%1 authority changes</source>
        <translation>%1 Änderungen der Autorität</translation>
    </message>
    <message>
        <source>1 other attribute change</source>
        <translation>1 andere Attributänderung</translation>
    </message>
    <message>
        <source>%1 other attribute changes</source>
        <translation>%1 andere Attributänderungen</translation>
    </message>
    <message>
        <source>1 section added</source>
        <translation>1 Abschnitt hinzugefügt</translation>
    </message>
    <message>
        <source>%1 sections added</source>
        <translation>%1 Abschnitte hinzugefügt</translation>
    </message>
    <message>
        <source>1 section removed</source>
        <translation>1 Abschnitt entfernt</translation>
    </message>
    <message>
        <source>%1 sections removed</source>
        <translation>%1 Abschnitte entfernt</translation>
    </message>
    <message>
        <source>1 section modified</source>
        <translation>1 Abschnitt geändert</translation>
    </message>
    <message>
        <source>%1 sections modified</source>
        <translation>%1 Abschnitte geändert</translation>
    </message>
    <message>
        <source>1 section renamed</source>
        <translation>1 Abschnitt umbenannt</translation>
    </message>
    <message>
        <source>%1 sections renamed</source>
        <translation>%1 Abschnitte umbenannt</translation>
    </message>
    <message>
        <source>1 section moved</source>
        <translation>1 Abschnitt verschoben</translation>
    </message>
    <message>
        <source>%1 sections moved</source>
        <translation>%1 Abschnitte verschoben</translation>
    </message>
    <message>
        <source>1 section reordered</source>
        <translation>1 Abschnitt umgestellt</translation>
    </message>
    <message>
        <source>%1 sections reordered</source>
        <translation>%1 Abschnitte umgestellt</translation>
    </message>
    <message>
        <source>1 section with formatting changes only</source>
        <translation>1 Abschnitt nur mit Formatierungsänderungen</translation>
    </message>
    <message>
        <source>%1 sections with formatting changes only</source>
        <translation>%1 Abschnitte nur mit Formatierungsänderungen</translation>
    </message>
    <message>
        <source>1 example changed</source>
        <translation>1 Beispiel geändert</translation>
    </message>
    <message>
        <source>%1 examples changed</source>
        <translation>%1 Beispiele geändert</translation>
    </message>
</context>
<context>
    <name>DocumentRules</name>
    <message>
        <source>File is not valid UTF-8</source>
        <translation>Datei ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>The file holds bytes that are not UTF-8. They are shown as � and would be written back that way, so fix the encoding before editing the file.</source>
        <translation>Die Datei enthält Bytes, die kein UTF-8 sind. Sie werden als � angezeigt und würden so zurückgeschrieben; korrigieren Sie daher die Kodierung, bevor Sie die Datei bearbeiten.</translation>
    </message>
    <message>
        <source>File cannot be read</source>
        <translation>Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The file could not be opened, so nothing in it was checked.</source>
        <translation>Die Datei ließ sich nicht öffnen, daher wurde nichts darin geprüft.</translation>
    </message>
    <message>
        <source>Code fence never closed</source>
        <translation>Codeblock nie geschlossen</translation>
    </message>
    <message>
        <source>A ``` or ~~~ fence is opened and never closed, so everything after it, headings and rules included, is read as code.</source>
        <translation>Ein ```- oder ~~~-Codeblock wird geöffnet und nie geschlossen, daher wird alles danach, auch Überschriften und Regeln, als Code gelesen.</translation>
    </message>
    <message>
        <source>Heading attribute block cannot be read</source>
        <translation>Attributblock der Überschrift nicht lesbar</translation>
    </message>
    <message>
        <source>A {#id key=value} block at the end of a heading is malformed; the id or attributes it was meant to set are not applied.</source>
        <translation>Ein {#id key=value}-Block am Ende einer Überschrift ist fehlerhaft; die ID oder die Attribute, die er setzen sollte, werden nicht übernommen.</translation>
    </message>
    <message>
        <source>Example conversation cannot be read</source>
        <translation>Beispielgespräch nicht lesbar</translation>
    </message>
    <message>
        <source>An example fence holds a turn that is not closed or a tag that is not understood, so its answers and labels may be incomplete.</source>
        <translation>Ein Beispielblock enthält einen nicht geschlossenen Redebeitrag oder ein unbekanntes Tag, daher können seine Antworten und Bewertungen unvollständig sein.</translation>
    </message>
    <message>
        <source>Empty file</source>
        <translation>Leere Datei</translation>
    </message>
    <message>
        <source>Very long line</source>
        <translation>Sehr lange Zeile</translation>
    </message>
    <message>
        <source>A line longer than 10,000 characters is hard to review and diff; wrap it.</source>
        <translation>Eine Zeile mit mehr als 10.000 Zeichen ist schwer zu prüfen und zu vergleichen; brechen Sie sie um.</translation>
    </message>
    <message>
        <source>Duplicate section id</source>
        <translation>Doppelte Abschnitts-ID</translation>
    </message>
    <message>
        <source>Two headings have the same id, so links to that id reach only the first and diffs cannot match the sections. Give each heading a unique {#id}.</source>
        <translation>Zwei Überschriften haben dieselbe ID, daher erreichen Links auf diese ID nur die erste, und Vergleiche können die Abschnitte nicht zuordnen. Geben Sie jeder Überschrift eine eindeutige {#id}.</translation>
    </message>
    <message>
        <source>Heading level skipped</source>
        <translation>Überschriftenebene übersprungen</translation>
    </message>
    <message>
        <source>A heading is more than one level deeper than the heading before it (## followed by ####). Outlines and generated tables of contents then show a missing level; use the next level down.</source>
        <translation>Eine Überschrift liegt mehr als eine Ebene tiefer als die vorige (## gefolgt von ####). Gliederungen und erzeugte Inhaltsverzeichnisse zeigen dann eine fehlende Ebene; verwenden Sie die nächsttiefere Ebene.</translation>
    </message>
    <message>
        <source>Reference to a missing section</source>
        <translation>Verweis auf einen fehlenden Abschnitt</translation>
    </message>
    <message>
        <source>A link such as [?](#id) or [text](#id) points at an id that no heading in this file has. The quick fix picks the nearest existing id.</source>
        <translation>Ein Link wie [?](#id) oder [Text](#id) zeigt auf eine ID, die keine Überschrift dieser Datei hat. Die Schnellkorrektur wählt die ähnlichste vorhandene ID.</translation>
    </message>
    <message>
        <source>Reference to a missing file or section in another file</source>
        <translation>Verweis auf eine fehlende Datei oder einen fehlenden Abschnitt in einer anderen Datei</translation>
    </message>
    <message>
        <source>A link such as other.md#id points at a spec file that does not exist or at an id that file does not have.</source>
        <translation>Ein Link wie andere.md#id zeigt auf eine Spezifikationsdatei, die es nicht gibt, oder auf eine ID, die diese Datei nicht hat.</translation>
    </message>
    <message>
        <source>Eval tag without an examples file</source>
        <translation>Eval-Tag ohne Beispieldatei</translation>
    </message>
    <message>
        <source>Next to an examples/ folder, a footnote tag such as [^m12p] marks a passage whose evaluation prompts live in examples/m12p.md. This tag has no such file, so the passage has no eval prompts.</source>
        <translation>Neben einem Ordner examples/ markiert ein Fußnoten-Tag wie [^m12p] eine Passage, deren Evaluations-Prompts in examples/m12p.md stehen. Zu diesem Tag gibt es keine solche Datei, daher hat die Passage keine Eval-Prompts.</translation>
    </message>
    <message>
        <source>Examples file no tag uses</source>
        <translation>Beispieldatei, die kein Tag verwendet</translation>
    </message>
    <message>
        <source>An examples/&lt;tag&gt;.md file holds eval prompts but no footnote tag [^tag] in any spec points at it, so they are never tied to a passage.</source>
        <translation>Eine Datei examples/&lt;tag&gt;.md enthält Eval-Prompts, aber kein Fußnoten-Tag [^tag] in irgendeiner Spezifikation zeigt auf sie, daher gehören sie zu keiner Passage.</translation>
    </message>
    <message>
        <source>Normative section without an example</source>
        <translation>Normativer Abschnitt ohne Beispiel</translation>
    </message>
    <message>
        <source>A section states rules (must, should, ...) but neither it nor its subsections hold an example or an eval tag. Examples pin intent down; the quick fix inserts an example skeleton after the section text.</source>
        <translation>Ein Abschnitt stellt Regeln auf (muss, soll, …), aber weder er noch seine Unterabschnitte enthalten ein Beispiel oder ein Eval-Tag. Beispiele machen die Absicht fest; die Schnellkorrektur fügt nach dem Abschnittstext ein Beispielgerüst ein.</translation>
    </message>
    <message>
        <source>Example answer without a label</source>
        <translation>Beispielantwort ohne Bewertung</translation>
    </message>
    <message>
        <source>An assistant answer in an example carries no &lt;!-- GOOD --&gt;, &lt;!-- BAD --&gt; or &lt;!-- OK --&gt; label, so a reader cannot tell whether it shows wanted behaviour.</source>
        <translation>Eine Assistentenantwort in einem Beispiel trägt keine Bewertung &lt;!-- GOOD --&gt;, &lt;!-- BAD --&gt; oder &lt;!-- OK --&gt;, daher kann ein Leser nicht erkennen, ob sie erwünschtes Verhalten zeigt.</translation>
    </message>
    <message>
        <source>Example with only BAD answers</source>
        <translation>Beispiel mit nur schlechten Antworten</translation>
    </message>
    <message>
        <source>Every labelled answer of the example is BAD. Show a GOOD answer too, so the example says what to do and not only what to avoid.</source>
        <translation>Jede bewertete Antwort des Beispiels ist BAD. Zeigen Sie auch eine GOOD-Antwort, damit das Beispiel sagt, was zu tun ist, und nicht nur, was zu vermeiden ist.</translation>
    </message>
    <message>
        <source>TODO, TBD or FIXME left in the text</source>
        <translation>TODO, TBD oder FIXME im Text verblieben</translation>
    </message>
    <message>
        <source>The text holds a TODO, TBD, FIXME or XXX marker: the spec is unfinished here.</source>
        <translation>Der Text enthält eine Markierung TODO, TBD, FIXME oder XXX: die Spezifikation ist hier unfertig.</translation>
    </message>
    <message>
        <source>Open [NEEDS CLARIFICATION] marker</source>
        <translation>Offene Markierung [NEEDS CLARIFICATION]</translation>
    </message>
    <message>
        <source>A [NEEDS CLARIFICATION: ...] marker (spec-kit) records an open question that must be answered before the requirement can be implemented.</source>
        <translation>Eine Markierung [NEEDS CLARIFICATION: …] (spec-kit) hält eine offene Frage fest, die beantwortet sein muss, bevor die Anforderung umgesetzt werden kann.</translation>
    </message>
    <message>
        <source>Unfilled template placeholder</source>
        <translation>Nicht ausgefüllter Vorlagenplatzhalter</translation>
    </message>
    <message>
        <source>A bracketed upper-case placeholder such as [FEATURE NAME] from a template was never replaced.</source>
        <translation>Ein Platzhalter in Großbuchstaben und eckigen Klammern wie [FEATURE NAME] aus einer Vorlage wurde nie ersetzt.</translation>
    </message>
    <message>
        <source>heading level %1 follows level %2; use level %3</source>
        <translation>Überschriftenebene %1 folgt auf Ebene %2; verwenden Sie Ebene %3</translation>
    </message>
    <message>
        <source>Change to #%1</source>
        <translation>In #%1 ändern</translation>
    </message>
    <message>
        <source>no section has the id "%1"</source>
        <translation>kein Abschnitt hat die ID „%1“</translation>
    </message>
    <message>
        <source>the file "%1" does not exist</source>
        <translation>die Datei „%1“ existiert nicht</translation>
    </message>
    <message>
        <source>"%1" has no section with the id "%2"</source>
        <translation>„%1“ hat keinen Abschnitt mit der ID „%2“</translation>
    </message>
    <message>
        <source>footnote tag [^%1] has no eval prompts file examples/%1.md</source>
        <translation>zum Fußnoten-Tag [^%1] gibt es keine Eval-Prompt-Datei examples/%1.md</translation>
    </message>
    <message>
        <source>no footnote tag [^%1] uses this examples file</source>
        <translation>kein Fußnoten-Tag [^%1] verwendet diese Beispieldatei</translation>
    </message>
    <message>
        <source>a situation this section decides</source>
        <translation>eine Situation, die dieser Abschnitt entscheidet</translation>
    </message>
    <message>
        <source>The request.</source>
        <translation>Die Anfrage.</translation>
    </message>
    <message>
        <source>why this follows the rule</source>
        <translation>warum dies der Regel folgt</translation>
    </message>
    <message>
        <source>The answer.</source>
        <translation>Die Antwort.</translation>
    </message>
    <message>
        <source>why this breaks the rule</source>
        <translation>warum dies gegen die Regel verstößt</translation>
    </message>
    <message>
        <source>"%1" states rules but has no example</source>
        <translation>„%1“ stellt Regeln auf, hat aber kein Beispiel</translation>
    </message>
    <message>
        <source>Insert an example skeleton</source>
        <translation>Beispielgerüst einfügen</translation>
    </message>
    <message>
        <source>this answer has no GOOD, BAD or OK label</source>
        <translation>diese Antwort hat keine Bewertung GOOD, BAD oder OK</translation>
    </message>
    <message>
        <source>every answer of this example is BAD; add a GOOD one</source>
        <translation>jede Antwort dieses Beispiels ist BAD; ergänzen Sie eine GOOD-Antwort</translation>
    </message>
    <message>
        <source>open question: %1</source>
        <translation>offene Frage: %1</translation>
    </message>
    <message>
        <source>template placeholder %1 was not filled in</source>
        <translation>Vorlagenplatzhalter %1 wurde nicht ausgefüllt</translation>
    </message>
    <message>
        <source>unfinished text: %1</source>
        <translation>unfertiger Text: %1</translation>
    </message>
    <message>
        <source>The spec file holds no text, so it states nothing; delete it or write its first section.</source>
        <translation>Die Spezifikationsdatei enthält keinen Text und sagt daher nichts aus; löschen Sie sie oder schreiben Sie ihren ersten Abschnitt.</translation>
    </message>
    <message>
        <source>Nesting too deep</source>
        <translation>Verschachtelung zu tief</translation>
    </message>
    <message>
        <source>Quotes or lists are nested more than 200 levels deep. The deeper content is not read, so its statements and references are not checked.</source>
        <translation>Zitate oder Listen sind mehr als 200 Ebenen tief verschachtelt. Der tiefere Inhalt wird nicht gelesen, seine Aussagen und Verweise werden also nicht geprüft.</translation>
    </message>
    <message>
        <source>Answer label written in a form the parser cannot read</source>
        <translation>Antwort-Label in einer Form, die der Parser nicht lesen kann</translation>
    </message>
    <message>
        <source>An assistant turn carries a comment that looks like a label ("&lt;!-- GOOD; reason --&gt;", "&lt;!-- good - reason --&gt;", "&lt;!--BAD.reason--&gt;") but is not written as "&lt;!-- GOOD: reason --&gt;", so the answer counts as unlabelled. The quick fix rewrites it in the canonical form.</source>
        <translation>Ein Assistenten-Beitrag trägt einen Kommentar, der wie ein Label aussieht („&lt;!-- GOOD; reason --&gt;“, „&lt;!-- good - reason --&gt;“, „&lt;!--BAD.reason--&gt;“), aber nicht als „&lt;!-- GOOD: reason --&gt;“ geschrieben ist, daher gilt die Antwort als unbeschriftet. Die Schnellkorrektur schreibt ihn in die kanonische Form um.</translation>
    </message>
    <message>
        <source>malformed label; write it as "%1"</source>
        <translation>fehlerhaftes Label; schreiben Sie es als „%1“</translation>
    </message>
    <message>
        <source>Change to "%1"</source>
        <translation>In „%1“ ändern</translation>
    </message>
</context>
<context>
    <name>EvalCommand</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>pass rate per section:</source>
        <translation>Bestehensquote je Abschnitt:</translation>
    </message>
    <message numerus="yes">
        <source>  (%n error(s))</source>
        <translation>
            <numerusform>  (%n Fehler)</numerusform>
            <numerusform>  (%n Fehler)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cases: %2 passed, %3 failed, %4 errors; pass rate %5</source>
        <translation>%1 Fälle: %2 bestanden, %3 nicht bestanden, %4 Fehler; Bestehensquote %5</translation>
    </message>
    <message>
        <source>; %1 s, %2 cases/s (jobs %3)</source>
        <translation>; %1 s, %2 Fälle/s (Jobs %3)</translation>
    </message>
    <message>
        <source>run: %1</source>
        <translation>Lauf: %1</translation>
    </message>
    <message>
        <source>pass rate: %1 -&gt; %2</source>
        <translation>Bestehensquote: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>per section (before -&gt; after):</source>
        <translation>je Abschnitt (vorher -&gt; nachher):</translation>
    </message>
    <message>
        <source>no case flipped</source>
        <translation>kein Fall hat sich geändert</translation>
    </message>
    <message>
        <source>REGRESSION</source>
        <translation>REGRESSION</translation>
    </message>
    <message>
        <source>FIXED     </source>
        <translation>BEHOBEN   </translation>
    </message>
    <message>
        <source>%1 case(s) only in the first run, %2 only in the second (changed inputs)</source>
        <translation>%1 Fall/Fälle nur im ersten Lauf, %2 nur im zweiten (geänderte Eingaben)</translation>
    </message>
    <message>
        <source>regressed sections: %1</source>
        <translation>verschlechterte Abschnitte: %1</translation>
    </message>
    <message>
        <source>eval: --jobs needs a number from 1 to 64</source>
        <translation>eval: --jobs braucht eine Zahl von 1 bis 64</translation>
    </message>
    <message>
        <source>eval: --timeout needs milliseconds from 1 to 3600000</source>
        <translation>eval: --timeout braucht Millisekunden von 1 bis 3600000</translation>
    </message>
    <message>
        <source>eval: --min-pass-rate needs a number from 0 to 1</source>
        <translation>eval: --min-pass-rate braucht eine Zahl von 0 bis 1</translation>
    </message>
    <message>
        <source>eval: --compare needs two run files</source>
        <translation>eval: --compare braucht zwei Laufdateien</translation>
    </message>
    <message>
        <source>eval: --format must be text, json or junit</source>
        <translation>eval: --format muss text, json oder junit sein</translation>
    </message>
    <message>
        <source>usage: specc eval [--endpoint URL] [--target MODEL] [--grader-endpoint URL] [--grader MODEL] [--section ID] [--jobs N] [--runs DIR] [--format text|json|junit] [--trust] [--min-pass-rate R] [--baseline RUN] [--timeout MS] [--fresh] [--new] FILE
       specc eval --compare RUN_A RUN_B
       specc eval --export-chat OUT | --export-pairs OUT [--from-run RUN] FILE</source>
        <translation>Aufruf: specc eval [--endpoint URL] [--target MODEL] [--grader-endpoint URL] [--grader MODEL] [--section ID] [--jobs N] [--runs DIR] [--format text|json|junit] [--trust] [--min-pass-rate R] [--baseline RUN] [--timeout MS] [--fresh] [--new] DATEI
        specc eval --compare RUN_A RUN_B
        specc eval --export-chat OUT | --export-pairs OUT [--from-run RUN] DATEI</translation>
    </message>
    <message>
        <source>cannot read %1: no such file</source>
        <translation>%1 kann nicht gelesen werden: keine solche Datei</translation>
    </message>
    <message>
        <source>eval: no section with id "%1" in %2</source>
        <translation>eval: kein Abschnitt mit der ID „%1“ in %2</translation>
    </message>
    <message>
        <source>eval: the workspace %1 is not trusted; pass --trust, or trust it in the IDE, to run its evals</source>
        <translation>eval: Dem Arbeitsbereich %1 wird nicht vertraut; geben Sie --trust an oder vertrauen Sie ihm in der IDE, um seine Evaluierungen auszuführen</translation>
    </message>
    <message>
        <source>eval: %1</source>
        <translation>eval: %1</translation>
    </message>
    <message>
        <source>resuming %1: %2 of %3 cases already done</source>
        <translation>%1 wird fortgesetzt: %2 von %3 Fällen bereits erledigt</translation>
    </message>
    <message>
        <source>no case could be run; see the errors above</source>
        <translation>kein Fall konnte ausgeführt werden; siehe die Fehler oben</translation>
    </message>
    <message>
        <source>pass rate %1 is below %2</source>
        <translation>Bestehensquote %1 liegt unter %2</translation>
    </message>
    <message numerus="yes">
        <source>%n regression(s) against the baseline</source>
        <translation>
            <numerusform>%n Regression gegenüber dem Referenzlauf</numerusform>
            <numerusform>%n Regressionen gegenüber dem Referenzlauf</numerusform>
        </translation>
    </message>
    <message>
        <source>interrupted; run the same command again to resume</source>
        <translation>unterbrochen; derselbe Befehl setzt den Lauf fort</translation>
    </message>
</context>
<context>
    <name>EvalConfig</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3: %4</translation>
    </message>
    <message>
        <source>%1: [eval] must be a table</source>
        <translation>%1: [eval] muss eine Tabelle sein</translation>
    </message>
    <message>
        <source>%1: eval.%2 must be a string</source>
        <translation>%1: eval.%2 muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1: eval.grader_prompt must be a file inside the workspace</source>
        <translation>%1: eval.grader_prompt muss eine Datei innerhalb des Arbeitsbereichs sein</translation>
    </message>
    <message>
        <source>%1: eval.runs_dir must be a folder inside the workspace</source>
        <translation>%1: eval.runs_dir muss ein Ordner innerhalb des Arbeitsbereichs sein</translation>
    </message>
    <message>
        <source>%1: eval.jobs must be an integer from 1 to 64</source>
        <translation>%1: eval.jobs muss eine ganze Zahl von 1 bis 64 sein</translation>
    </message>
    <message>
        <source>%1: eval.min_pass_rate must be a number from 0 to 1</source>
        <translation>%1: eval.min_pass_rate muss eine Zahl von 0 bis 1 sein</translation>
    </message>
    <message>
        <source>%1: eval.%2 is not allowed in a workspace; endpoints and keys come from the user's settings, the environment or flags</source>
        <translation>%1: eval.%2 ist in einem Arbeitsbereich nicht erlaubt; Endpunkte und Schlüssel kommen aus den Einstellungen des Benutzers, der Umgebung oder Befehlszeilenoptionen</translation>
    </message>
    <message>
        <source>%1: unknown key eval.%2</source>
        <translation>%1: unbekannter Schlüssel eval.%2</translation>
    </message>
</context>
<context>
    <name>EvalGrader</name>
    <message>
        <source>cannot read the grader prompt %1: %2</source>
        <translation>der Bewerter-Prompt %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>(none: judge against the specification alone)</source>
        <translation>(keiner: nur anhand der Spezifikation urteilen)</translation>
    </message>
    <message>
        <source>the grader prompt names an unknown placeholder {{ %1 }}; known: %2</source>
        <translation>der Bewerter-Prompt nennt einen unbekannten Platzhalter {{ %1 }}; bekannt sind: %2</translation>
    </message>
    <message>
        <source>the grader's reply is not JSON (%1 at offset %2): %3</source>
        <translation>die Antwort des Bewerters ist kein JSON (%1 an Position %2): %3</translation>
    </message>
    <message>
        <source>the grader's reply is not a JSON object: %1</source>
        <translation>die Antwort des Bewerters ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>the grader's reply has an unexpected key "%1"</source>
        <translation>die Antwort des Bewerters enthält den unerwarteten Schlüssel „%1“</translation>
    </message>
    <message>
        <source>the grader's reply lacks "%1"</source>
        <translation>der Antwort des Bewerters fehlt „%1“</translation>
    </message>
    <message>
        <source>the grader's "score" must be a number from 0 to 1</source>
        <translation>das Feld "score" des Bewerters muss eine Zahl von 0 bis 1 sein</translation>
    </message>
    <message>
        <source>the grader's "pass" must be true or false</source>
        <translation>das Feld "pass" des Bewerters muss true oder false sein</translation>
    </message>
    <message>
        <source>the grader's "reason" must be a string</source>
        <translation>das Feld "reason" des Bewerters muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>the grader's "violated_section" must be a string or null</source>
        <translation>das Feld "violated_section" des Bewerters muss eine Zeichenkette oder null sein</translation>
    </message>
</context>
<context>
    <name>EvalRun</name>
    <message>
        <source>cannot read the run %1: %2</source>
        <translation>der Lauf %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Specwright eval run (no header line)</source>
        <translation>%1 ist kein Specwright-Eval-Lauf (keine Kopfzeile)</translation>
    </message>
</context>
<context>
    <name>EvalRunStore</name>
    <message>
        <source>cannot write the run %1: %2</source>
        <translation>der Lauf %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot create the results folder %1</source>
        <translation>der Ergebnisordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>EvalSuiteGenerator</name>
    <message>
        <source>The response must comply with this section of the spec, "%1" (#%2):</source>
        <translation>Die Antwort muss diesem Abschnitt der Spezifikation entsprechen, „%1“ (#%2):</translation>
    </message>
    <message>
        <source>A response like this fails</source>
        <translation>Eine Antwort wie diese fällt durch</translation>
    </message>
    <message>
        <source>A response like this passes</source>
        <translation>Eine Antwort wie diese besteht</translation>
    </message>
    <message numerus="yes">
        <source>%n eval case(s)</source>
        <translation>
            <numerusform>%n Eval-Fall</numerusform>
            <numerusform>%n Eval-Fälle</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluation suite for %1</source>
        <translation>Evaluationssuite für %1</translation>
    </message>
</context>
<context>
    <name>ExampleDiff</name>
    <message>
        <source>retitled from “%1”</source>
        <translation>umbenannt von „%1“</translation>
    </message>
</context>
<context>
    <name>ExampleHtmlWriter</name>
    <message>
        <source>GOOD</source>
        <translation>GUT</translation>
    </message>
    <message>
        <source>BAD</source>
        <translation>SCHLECHT</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Entwickler</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>violates</source>
        <translation>verletzt</translation>
    </message>
    <message>
        <source>Part of the conversation is left out here</source>
        <translation>Hier ist ein Teil des Gesprächs ausgelassen</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Untrusted content (no authority)</source>
        <translation>Nicht vertrauenswürdiger Inhalt (ohne Autorität)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>ExampleParser</name>
    <message>
        <source>line %1: text outside of a turn</source>
        <translation>Zeile %1: Text außerhalb eines Redebeitrags</translation>
    </message>
    <message>
        <source>&lt;%1&gt; opened on line %2 is never closed</source>
        <translation>&lt;%1&gt;, geöffnet in Zeile %2, wird nie geschlossen</translation>
    </message>
    <message>
        <source>&lt;comparison&gt; is never closed</source>
        <translation>&lt;comparison&gt; wird nie geschlossen</translation>
    </message>
</context>
<context>
    <name>ExamplesCommand</name>
    <message>
        <source>[decision %1] </source>
        <translation>[Entscheidung %1] </translation>
    </message>
    <message numerus="yes">
        <source>%n example(s)</source>
        <translation>
            <numerusform>%n Beispiel(e)</numerusform>
            <numerusform>%n Beispiel(e)</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: specc examples FILE [--json]</source>
        <translation>Aufruf: specc examples DATEI [--json]</translation>
    </message>
</context>
<context>
    <name>FileHistory</name>
    <message>
        <source>%1 does not exist at revision %2</source>
        <translation>%1 existiert in Revision %2 nicht</translation>
    </message>
</context>
<context>
    <name>GenerateCheck</name>
    <message>
        <source>stale %1</source>
        <translation>veraltet %1</translation>
    </message>
    <message>
        <source>stale %1 (changed sections: %2)</source>
        <translation>veraltet %1 (geänderte Abschnitte: %2)</translation>
    </message>
    <message>
        <source>edited by hand %1</source>
        <translation>von Hand bearbeitet %1</translation>
    </message>
    <message>
        <source>%1 outputs of %2: %3 current, %4 stale</source>
        <translation>%1 Ausgaben von %2: %3 aktuell, %4 veraltet</translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>cannot read %1: no such file</source>
        <translation>%1 kann nicht gelesen werden: Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>generate: no generator "%1"; see specc generate --list</source>
        <translation>generate: kein Generator „%1“; siehe specc generate --list</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>unchanged %1</source>
        <translation>%1 unverändert</translation>
    </message>
    <message>
        <source>outputs were edited by hand; use --force to overwrite them</source>
        <translation>Ausgaben wurden von Hand bearbeitet; überschreiben Sie sie mit --force</translation>
    </message>
    <message>
        <source>usage: specc generate [--generator NAME] [--section ID] [--out DIR] [--force] [--trust] [--endpoint URL] [--model NAME] FILE
       specc generate --list [FILE]</source>
        <translation>Aufruf: specc generate [--generator NAME] [--section ID] [--out DIR] [--force] [--trust] [--endpoint URL] [--model NAME] DATEI
        specc generate --list [DATEI]</translation>
    </message>
    <message>
        <source>PDF documentation [IDE only]</source>
        <translation>PDF-Dokumentation [nur in der IDE]</translation>
    </message>
    <message>
        <source>generate: the PDF generator is part of the IDE (Generate &gt; PDF); specc writes HTML documentation with --generator html</source>
        <translation>generate: der PDF-Generator ist Teil der IDE (Erzeugen &gt; PDF); specc schreibt HTML-Dokumentation mit --generator html</translation>
    </message>
</context>
<context>
    <name>GeneratorConfig</name>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3: %4</translation>
    </message>
    <message>
        <source>%1: generator %2 needs a name and a kind</source>
        <translation>%1: Generator %2 braucht einen Namen und eine Art</translation>
    </message>
    <message>
        <source>%1: generator "%2": input must be "spec" or "section"</source>
        <translation>%1: Generator „%2“: input muss „spec“ oder „section“ sein</translation>
    </message>
    <message>
        <source>%1:%2:%3: a non-ASCII character outside a string or comment</source>
        <translation>%1:%2:%3: ein Nicht-ASCII-Zeichen außerhalb einer Zeichenkette oder eines Kommentars</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>generate.output_dir must be a folder inside the workspace</source>
        <translation>generate.output_dir muss ein Ordner innerhalb des Arbeitsbereichs sein</translation>
    </message>
    <message>
        <source>%1 must be an array of tables: write [[%1]], not [%1]</source>
        <translation>%1 muss ein Array von Tabellen sein: schreiben Sie [[%1]], nicht [%1]</translation>
    </message>
    <message>
        <source>generator %1 is not a table</source>
        <translation>Generator %1 ist keine Tabelle</translation>
    </message>
    <message>
        <source>%1:%2:%3: generator "%4": "%5" is not allowed in a workspace; the endpoint and key come from the user's settings, the environment or flags</source>
        <translation>%1:%2:%3: Generator „%4“: "%5" ist in einem Arbeitsbereich nicht erlaubt; Endpunkt und Schlüssel kommen aus den Einstellungen des Benutzers, der Umgebung oder Befehlszeilenoptionen</translation>
    </message>
    <message>
        <source>%1: generator "%2": options.%3 is not allowed in a workspace</source>
        <translation>%1: Generator „%2“: options.%3 ist in einem Arbeitsbereich nicht erlaubt</translation>
    </message>
</context>
<context>
    <name>GeneratorRegistry</name>
    <message>
        <source>HTML documentation</source>
        <translation>HTML-Dokumentation</translation>
    </message>
    <message>
        <source>One self-contained page with a table of contents</source>
        <translation>Eine eigenständige Seite mit Inhaltsverzeichnis</translation>
    </message>
    <message>
        <source>GoogleTest skeletons</source>
        <translation>GoogleTest-Gerüste</translation>
    </message>
    <message>
        <source>One test per example</source>
        <translation>Ein Test pro Beispiel</translation>
    </message>
    <message>
        <source>pytest skeletons</source>
        <translation>pytest-Gerüste</translation>
    </message>
    <message>
        <source>Evaluation suite</source>
        <translation>Evaluationssuite</translation>
    </message>
    <message>
        <source>JSONL and a promptfoo configuration from examples and eval prompts</source>
        <translation>JSONL und eine promptfoo-Konfiguration aus Beispielen und Eval-Prompts</translation>
    </message>
    <message>
        <source>Markdown export</source>
        <translation>Markdown-Export</translation>
    </message>
    <message>
        <source>The spec with references resolved, for publishing</source>
        <translation>Die Spezifikation mit aufgelösten Verweisen, zum Veröffentlichen</translation>
    </message>
    <message>
        <source>Implement in TypeScript (LLM)</source>
        <translation>In TypeScript implementieren (LLM)</translation>
    </message>
    <message>
        <source>Write a tutorial (LLM)</source>
        <translation>Tutorial schreiben (LLM)</translation>
    </message>
    <message>
        <source>Asks an OpenAI-compatible model for a tutorial on the spec</source>
        <translation>Lässt ein OpenAI-kompatibles Modell ein Tutorial zur Spezifikation schreiben</translation>
    </message>
    <message>
        <source>Docs, tests and eval suite</source>
        <translation>Dokumentation, Tests und Evaluationssuite</translation>
    </message>
    <message>
        <source>Every built-in generator that needs no model</source>
        <translation>Alle eingebauten Generatoren, die kein Modell brauchen</translation>
    </message>
    <message>
        <source>generator "%1" is built in; a workspace cannot replace it (choose another name)</source>
        <translation>Der Generator „%1“ ist eingebaut; ein Arbeitsbereich kann ihn nicht ersetzen (wählen Sie einen anderen Namen)</translation>
    </message>
    <message>
        <source>Asks an OpenAI-compatible model to implement the spec or the selected section</source>
        <translation>Lässt ein OpenAI-kompatibles Modell die Spezifikation oder den gewählten Abschnitt implementieren</translation>
    </message>
</context>
<context>
    <name>GitBlob</name>
    <message>
        <source>Cannot read blob %1</source>
        <translation>Blob %1 kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>GitCommit</name>
    <message>
        <source>Cannot read commit %1</source>
        <translation>Commit %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the tree of commit %1</source>
        <translation>Der Baum von Commit %1 kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>GitIndex</name>
    <message>
        <source>Cannot open the index</source>
        <translation>Der Index kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot stage %1</source>
        <translation>%1 kann nicht vorgemerkt werden</translation>
    </message>
    <message>
        <source>Cannot write the index</source>
        <translation>Der Index kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot write a tree from the index</source>
        <translation>Aus dem Index kann kein Baum geschrieben werden</translation>
    </message>
    <message>
        <source>Cannot unstage %1</source>
        <translation>Vormerkung von %1 kann nicht aufgehoben werden</translation>
    </message>
</context>
<context>
    <name>GitLibrary</name>
    <message>
        <source>git error %1</source>
        <translation>Git-Fehler %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>GitReference</name>
    <message>
        <source>The repository has no commits yet</source>
        <translation>Das Repository hat noch keine Commits</translation>
    </message>
    <message>
        <source>Cannot read HEAD</source>
        <translation>HEAD kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>GitRemote</name>
    <message>
        <source>The repository has no remote "%1"</source>
        <translation>Das Repository hat kein Remote „%1“</translation>
    </message>
    <message>
        <source>Cannot read the remote "%1"</source>
        <translation>Das Remote „%1“ kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>GitRepository</name>
    <message>
        <source>%1 is not inside a git repository</source>
        <translation>%1 liegt in keinem Git-Repository</translation>
    </message>
    <message>
        <source>Cannot open the repository at %1</source>
        <translation>Das Repository in %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot create a repository at %1</source>
        <translation>In %1 kann kein Repository angelegt werden</translation>
    </message>
    <message>
        <source>The repository has no commits yet</source>
        <translation>Das Repository hat noch keine Commits</translation>
    </message>
    <message>
        <source>Cannot resolve HEAD</source>
        <translation>HEAD kann nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>Unknown revision "%1"</source>
        <translation>Unbekannte Revision „%1“</translation>
    </message>
    <message>
        <source>"%1" does not name a commit</source>
        <translation>„%1“ bezeichnet keinen Commit</translation>
    </message>
    <message>
        <source>Cannot walk the history</source>
        <translation>Die Historie kann nicht durchlaufen werden</translation>
    </message>
    <message>
        <source>Cannot blame %1</source>
        <translation>Für %1 kann keine Zeilenherkunft ermittelt werden</translation>
    </message>
    <message>
        <source>Cannot read the tree to commit</source>
        <translation>Der zu committende Baum kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot create the commit</source>
        <translation>Der Commit kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot set %1</source>
        <translation>%1 kann nicht gesetzt werden</translation>
    </message>
    <message>
        <source>Cannot detach HEAD</source>
        <translation>HEAD kann nicht losgelöst werden</translation>
    </message>
</context>
<context>
    <name>GitSignature</name>
    <message>
        <source>No author identity is configured. Set user.name and user.email in your git configuration before committing.</source>
        <translation>Es ist keine Autorenidentität eingerichtet. Setzen Sie user.name und user.email in Ihrer Git-Konfiguration, bevor Sie committen.</translation>
    </message>
    <message>
        <source>Invalid signature</source>
        <translation>Ungültige Signatur</translation>
    </message>
</context>
<context>
    <name>GitTree</name>
    <message>
        <source>Cannot read tree %1</source>
        <translation>Baum %1 kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>GlossaryRules</name>
    <message>
        <source>Acronym used without a definition</source>
        <translation>Abkürzung ohne Definition verwendet</translation>
    </message>
    <message>
        <source>Term written in different forms</source>
        <translation>Begriff in verschiedenen Schreibweisen</translation>
    </message>
    <message>
        <source>The same compound is written in more than one form ("e-mail", "email", "e mail") in this file or across the workspace. Readers then wonder whether they mean different things. The glossary form, or else the most common one, is preferred; the quick fix rewrites this use.</source>
        <translation>Dasselbe zusammengesetzte Wort wird in dieser Datei oder im Arbeitsbereich in mehr als einer Schreibweise geschrieben („E-Mail“, „Email“, „E Mail“). Leser fragen sich dann, ob Verschiedenes gemeint ist. Bevorzugt wird die Schreibweise des Glossars, sonst die häufigste; die Schnellkorrektur schreibt diese Stelle um.</translation>
    </message>
    <message>
        <source>"%1" is not defined; spell it out on first use, e.g. "Full Name (%1)"</source>
        <translation>„%1“ ist nicht definiert; schreiben Sie es bei der ersten Verwendung aus, z. B. „Voller Name (%1)“</translation>
    </message>
    <message>
        <source>"%1" is also written "%2"; use one form</source>
        <translation>„%1“ wird auch „%2“ geschrieben; verwenden Sie eine Schreibweise</translation>
    </message>
    <message>
        <source>Change to "%1"</source>
        <translation>In „%1“ ändern</translation>
    </message>
    <message>
        <source>An upper-case acronym is used but never spelled out, neither as "Full Name (ABC)" in the file nor in the glossary file. Well-known acronyms (HTTP, JSON, ...) and the option known = [...] are exempt. Reported once per file. Off by default: on real specs most hits are protocol and product names.</source>
        <translation>Ein großgeschriebenes Akronym wird verwendet, aber nie ausgeschrieben, weder als „Voller Name (ABC)“ in der Datei noch in der Glossardatei. Bekannte Akronyme (HTTP, JSON, …) und die Option known = [...] sind ausgenommen. Einmal pro Datei gemeldet. Standardmäßig aus: in echten Spezifikationen sind die meisten Treffer Protokoll- und Produktnamen.</translation>
    </message>
    <message>
        <source>"%1" is written differently elsewhere in this text; use one form</source>
        <translation>„%1“ wird an anderer Stelle im Text anders geschrieben; verwenden Sie eine Form</translation>
    </message>
</context>
<context>
    <name>HeadingAttributes</name>
    <message>
        <source>empty %1 in attribute block</source>
        <translation>leeres %1 im Attributblock</translation>
    </message>
    <message>
        <source>attribute "%1" has no value</source>
        <translation>Attribut „%1“ hat keinen Wert</translation>
    </message>
    <message>
        <source>unterminated quote in attribute "%1"</source>
        <translation>nicht geschlossenes Anführungszeichen in Attribut „%1“</translation>
    </message>
</context>
<context>
    <name>HistoryBuilder</name>
    <message>
        <source>%1 is not empty</source>
        <translation>%1 ist nicht leer</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>HtmlDocsGenerator</name>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>rendering %1</source>
        <translation>%1 wird gerendert</translation>
    </message>
    <message>
        <source>nothing to render</source>
        <translation>nichts zu rendern</translation>
    </message>
</context>
<context>
    <name>LintCommand</name>
    <message>
        <source>%1 file(s): %2 error(s), %3 warning(s), %4 info</source>
        <translation>%1 Datei(en): %2 Fehler, %3 Warnung(en), %4 Hinweis(e)</translation>
    </message>
    <message>
        <source>cannot read %1: no such file or folder</source>
        <translation>%1 kann nicht gelesen werden: Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>on in: %1</source>
        <translation>an in: %1</translation>
    </message>
    <message>
        <source>off by default; turn on with "%1" = "on" in specwright.toml</source>
        <translation>standardmäßig aus; mit "%1" = "on" in specwright.toml einschalten</translation>
    </message>
    <message>
        <source>lint: --format takes text, json, sarif, github or junit</source>
        <translation>lint: --format nimmt text, json, sarif, github oder junit</translation>
    </message>
    <message>
        <source>lint: --fail-on takes error, warning or info</source>
        <translation>lint: --fail-on nimmt error, warning oder info</translation>
    </message>
    <message>
        <source>lint: --profile takes %1</source>
        <translation>lint: --profile nimmt %1</translation>
    </message>
    <message>
        <source>usage: specc lint [PATHS] [--format text|json|sarif|github|junit] [--fail-on error|warning|info] [--profile P] [--summary] [--rules]</source>
        <translation>Aufruf: specc lint [PFADE] [--format text|json|sarif|github|junit] [--fail-on error|warning|info] [--profile P] [--summary] [--rules]</translation>
    </message>
</context>
<context>
    <name>LintConfig</name>
    <message>
        <source>specwright.toml line %1: %2; using the default lint settings</source>
        <translation>specwright.toml Zeile %1: %2; es gelten die Standard-Lint-Einstellungen</translation>
    </message>
    <message>
        <source>line %1: "lint" must be a table ([lint])</source>
        <translation>Zeile %1: „lint“ muss eine Tabelle sein ([lint])</translation>
    </message>
    <message>
        <source>line %1: unknown profile "%2" (use rfc, model-spec, spec-kit or ears); the profile is detected from each file</source>
        <translation>Zeile %1: unbekanntes Profil „%2“ (verwenden Sie rfc, model-spec, spec-kit oder ears); das Profil wird aus jeder Datei erkannt</translation>
    </message>
    <message>
        <source>line %1: "ignore" must be a list of path patterns</source>
        <translation>Zeile %1: „ignore“ muss eine Liste von Pfadmustern sein</translation>
    </message>
    <message>
        <source>line %1: "glossary" must be a file name</source>
        <translation>Zeile %1: „glossary“ muss ein Dateiname sein</translation>
    </message>
    <message>
        <source>line %1: "rules" must be a table</source>
        <translation>Zeile %1: „rules“ muss eine Tabelle sein</translation>
    </message>
    <message>
        <source>line %1: rule "%2": "%3" is not one of off, on, error, warning, info</source>
        <translation>Zeile %1: Regel „%2“: „%3“ ist keiner der Werte off, on, error, warning, info</translation>
    </message>
    <message>
        <source>line %1: "enabled" must be true or false</source>
        <translation>Zeile %1: „enabled“ muss true oder false sein</translation>
    </message>
    <message>
        <source>line %1: severity must be error, warning or info</source>
        <translation>Zeile %1: der Schweregrad muss error, warning oder info sein</translation>
    </message>
    <message>
        <source>line %1: rule "%2" needs "off", a severity or a table of options</source>
        <translation>Zeile %1: Regel „%2“ braucht „off“, einen Schweregrad oder eine Tabelle von Optionen</translation>
    </message>
    <message>
        <source>line %1: unknown lint setting "%2" (known: profile, ignore, glossary, rules)</source>
        <translation>Zeile %1: unbekannte Lint-Einstellung „%2“ (bekannt: profile, ignore, glossary, rules)</translation>
    </message>
    <message>
        <source>the spelling words file "%1" lies outside the workspace; using %2</source>
        <translation>die Wortdatei für die Rechtschreibung „%1“ liegt außerhalb des Arbeitsbereichs; verwendet wird %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>line %1: "spelling" must be a table ([spelling])</source>
        <translation>Zeile %1: „spelling“ muss eine Tabelle sein ([spelling])</translation>
    </message>
    <message>
        <source>line %1: unknown or malformed spelling setting "%2" (known: language, words = [...], words-file)</source>
        <translation>Zeile %1: unbekannte oder fehlerhafte Rechtschreib-Einstellung „%2“ (bekannt: language, words = [...], words-file)</translation>
    </message>
    <message>
        <source>%1 Using the default lint settings.</source>
        <translation>%1 Es gelten die Standard-Lint-Einstellungen.</translation>
    </message>
    <message>
        <source>specwright.toml line %1, column %2: a non-ASCII character outside a string or comment; using the default lint settings</source>
        <translation>specwright.toml Zeile %1, Spalte %2: ein Nicht-ASCII-Zeichen außerhalb einer Zeichenkette oder eines Kommentars; es gelten die Standard-Lint-Einstellungen</translation>
    </message>
    <message>
        <source>line %1, column %2: "ignore" entries must be strings (path patterns); this one is ignored</source>
        <translation>Zeile %1, Spalte %2: Einträge von "ignore" müssen Zeichenketten (Pfadmuster) sein; dieser wird übergangen</translation>
    </message>
    <message>
        <source>line %1, column %2: the glossary file %3 does not exist</source>
        <translation>Zeile %1, Spalte %2: die Glossardatei %3 existiert nicht</translation>
    </message>
</context>
<context>
    <name>LintContext</name>
    <message>
        <source>Suppress %1 on this line</source>
        <translation>%1 in dieser Zeile unterdrücken</translation>
    </message>
</context>
<context>
    <name>LintEngine</name>
    <message>
        <source>line %1: unknown lint rule "%2"; the setting is ignored (see specc lint --rules)</source>
        <translation>Zeile %1: unbekannte Lint-Regel „%2“; die Einstellung wird ignoriert (siehe specc lint --rules)</translation>
    </message>
</context>
<context>
    <name>LlmGenerator</name>
    <message>
        <source>cannot read the prompt template "%1"</source>
        <translation>die Prompt-Vorlage „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>asking %1 at %2</source>
        <translation>frage %1 unter %2</translation>
    </message>
    <message>
        <source>%1; retrying in %2 ms (attempt %3)</source>
        <translation>%1; neuer Versuch in %2 ms (Versuch %3)</translation>
    </message>
    <message>
        <source>the workspace is not trusted: LLM generators do not run in it</source>
        <translation>Dem Arbeitsbereich wird nicht vertraut: LLM-Generatoren laufen darin nicht</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>LlmSettings</name>
    <message>
        <source>the endpoint "%1" is not a URL</source>
        <translation>der Endpunkt „%1“ ist keine URL</translation>
    </message>
    <message>
        <source>the endpoint "%1" must be http:// or https://</source>
        <translation>der Endpunkt „%1“ muss http:// oder https:// verwenden</translation>
    </message>
    <message>
        <source>refusing plain http:// to %1, which is not this machine: the key and the spec would travel unencrypted (use https://, or allow insecure http in the settings or with --allow-insecure-http)</source>
        <translation>unverschlüsseltes http:// zu %1 verweigert, einem anderen Rechner als diesem: Schlüssel und Spezifikation würden unverschlüsselt übertragen (verwenden Sie https:// oder erlauben Sie unsicheres http in den Einstellungen oder mit --allow-insecure-http)</translation>
    </message>
    <message>
        <source>the timeout %1 ms is out of range (1 ms to 1 hour)</source>
        <translation>das Zeitlimit %1 ms liegt außerhalb des zulässigen Bereichs (1 ms bis 1 Stunde)</translation>
    </message>
    <message>
        <source>the total timeout %1 ms is out of range (1 ms to 1 day)</source>
        <translation>das Gesamtzeitlimit %1 ms liegt außerhalb des zulässigen Bereichs (1 ms bis 1 Tag)</translation>
    </message>
    <message>
        <source>%1 retries is out of range (0 to %2)</source>
        <translation>die Zahl der Wiederholungen %1 liegt außerhalb des zulässigen Bereichs (0 bis %2)</translation>
    </message>
    <message>
        <source>the backoff is out of range (0 to 10 minutes)</source>
        <translation>die Wartezeit zwischen Versuchen liegt außerhalb des zulässigen Bereichs (0 bis 10 Minuten)</translation>
    </message>
    <message>
        <source>the response size limit is out of range (1 byte to 1 GiB)</source>
        <translation>die Größengrenze für Antworten liegt außerhalb des zulässigen Bereichs (1 Byte bis 1 GiB)</translation>
    </message>
    <message>
        <source>"%1" is ignored: a workspace cannot choose the model server or the key; set the endpoint in the settings, SPECWRIGHT_LLM_BASE_URL or --endpoint</source>
        <translation>"%1" wird ignoriert: Ein Arbeitsbereich kann weder den Modellserver noch den Schlüssel wählen; legen Sie den Endpunkt in den Einstellungen, mit SPECWRIGHT_LLM_BASE_URL oder mit --endpoint fest</translation>
    </message>
    <message>
        <source>no preset "%1" in the user's settings</source>
        <translation>keine Voreinstellung „%1“ in den Einstellungen des Benutzers</translation>
    </message>
    <message>
        <source>"model" must be a non-empty string</source>
        <translation>"model" muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>"temperature" must be a number from 0 to 2</source>
        <translation>"temperature" muss eine Zahl von 0 bis 2 sein</translation>
    </message>
    <message>
        <source>"%1" must be an integer from %2 to %3</source>
        <translation>"%1" muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
</context>
<context>
    <name>MarkdownExportGenerator</name>
    <message>
        <source>%1:%2: unresolved reference %3</source>
        <translation>%1:%2: nicht aufgelöster Verweis %3</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>NormativeRules</name>
    <message>
        <source>Lower-case BCP 14 keyword</source>
        <translation>BCP-14-Schlüsselwort in Kleinbuchstaben</translation>
    </message>
    <message>
        <source>In an rfc-profile spec only upper-case MUST, SHOULD, MAY ... carry BCP 14 meaning (RFC 8174). A lower-case "must" in a normative sentence is either a requirement written in the wrong case or ordinary English that reads like one. The quick fix upper-cases it.</source>
        <translation>In einer Spezifikation mit dem Profil rfc haben nur großgeschriebene MUST, SHOULD, MAY … die Bedeutung nach BCP 14 (RFC 8174). Ein kleingeschriebenes „must“ in einem normativen Satz ist entweder eine falsch geschriebene Anforderung oder gewöhnliches Englisch, das wie eine klingt. Die Schnellkorrektur schreibt es groß.</translation>
    </message>
    <message>
        <source>Keyword form BCP 14 does not define</source>
        <translation>Schlüsselwortform, die BCP 14 nicht definiert</translation>
    </message>
    <message>
        <source>Forms such as MUSTN'T, MUST NEVER, MAY NOT, WILL, CAN or mixed case ("MUST not", "Shall" mid-sentence) are not BCP 14 keywords, so their force is unclear. Use MUST NOT, SHALL NOT, SHOULD NOT or MAY.</source>
        <translation>Formen wie MUSTN'T, MUST NEVER, MAY NOT, WILL, CAN oder gemischte Schreibung („MUST not“, „Shall“ mitten im Satz) sind keine BCP-14-Schlüsselwörter, daher ist ihre Verbindlichkeit unklar. Verwenden Sie MUST NOT, SHALL NOT, SHOULD NOT oder MAY.</translation>
    </message>
    <message>
        <source>Missing BCP 14 boilerplate</source>
        <translation>BCP-14-Standardabsatz fehlt</translation>
    </message>
    <message>
        <source>A spec that uses upper-case keywords should say that they are to be interpreted as described in BCP 14 (RFC 2119 and RFC 8174). The quick fix inserts the standard paragraph after the first heading.</source>
        <translation>Eine Spezifikation mit großgeschriebenen Schlüsselwörtern sollte sagen, dass diese wie in BCP 14 (RFC 2119 und RFC 8174) beschrieben zu verstehen sind. Die Schnellkorrektur fügt den Standardabsatz nach der ersten Überschrift ein.</translation>
    </message>
    <message>
        <source>Weak modal in a requirement</source>
        <translation>Schwaches Modalverb in einer Anforderung</translation>
    </message>
    <message>
        <source>A requirement item (FR-001, an EARS sentence) that says "should", "may", "might", "could" or "can" does not oblige anything, so it cannot fail a test. Use MUST or SHALL, or move it out of the requirements.</source>
        <translation>Eine Anforderung (FR-001, ein EARS-Satz), die „should“, „may“, „might“, „could“ oder „can“ sagt, verpflichtet zu nichts und kann daher keinen Test scheitern lassen. Verwenden Sie MUST oder SHALL oder nehmen Sie sie aus den Anforderungen heraus.</translation>
    </message>
    <message>
        <source>Overlong normative sentence</source>
        <translation>Überlanger normativer Satz</translation>
    </message>
    <message>
        <source>Not an EARS sentence</source>
        <translation>Kein EARS-Satz</translation>
    </message>
    <message>
        <source>In the ears profile every requirement follows one EARS pattern: "The &lt;system&gt; shall &lt;response&gt;", "When &lt;trigger&gt;, the &lt;system&gt; shall ...", "While &lt;state&gt;, ...", "Where &lt;feature&gt;, ...", "If &lt;condition&gt;, then the &lt;system&gt; shall ...", with exactly one "shall".</source>
        <translation>Im Profil ears folgt jede Anforderung einem EARS-Muster: „The &lt;system&gt; shall &lt;response&gt;“, „When &lt;trigger&gt;, the &lt;system&gt; shall …“, „While &lt;state&gt;, …“, „Where &lt;feature&gt;, …“, „If &lt;condition&gt;, then the &lt;system&gt; shall …“, mit genau einem „shall“.</translation>
    </message>
    <message>
        <source>"%1" is lower case; write %2 if it is a requirement</source>
        <translation>„%1“ ist kleingeschrieben; schreiben Sie %2, wenn es eine Anforderung ist</translation>
    </message>
    <message>
        <source>Change to %1</source>
        <translation>In %1 ändern</translation>
    </message>
    <message>
        <source>"%1" is not a BCP 14 keyword form</source>
        <translation>„%1“ ist keine BCP-14-Schlüsselwortform</translation>
    </message>
    <message>
        <source>upper-case keywords are used but the BCP 14 boilerplate is missing</source>
        <translation>großgeschriebene Schlüsselwörter werden verwendet, aber der BCP-14-Standardabsatz fehlt</translation>
    </message>
    <message>
        <source>Insert the BCP 14 boilerplate</source>
        <translation>BCP-14-Standardabsatz einfügen</translation>
    </message>
    <message>
        <source>"%1" in a requirement does not oblige anything; use MUST or SHALL</source>
        <translation>„%1“ in einer Anforderung verpflichtet zu nichts; verwenden Sie MUST oder SHALL</translation>
    </message>
    <message>
        <source>this normative sentence has %1 words (at most %2); split it</source>
        <translation>dieser normative Satz hat %1 Wörter (höchstens %2); teilen Sie ihn</translation>
    </message>
    <message>
        <source>EARS requirements use "shall", not "%1"</source>
        <translation>EARS-Anforderungen verwenden „shall“, nicht „%1“</translation>
    </message>
    <message>
        <source>one EARS requirement has exactly one "shall"; split this sentence</source>
        <translation>eine EARS-Anforderung hat genau ein „shall“; teilen Sie diesen Satz</translation>
    </message>
    <message>
        <source>does not follow an EARS pattern: [While/When/Where/If ...,] the &lt;system&gt; shall &lt;response&gt;</source>
        <translation>folgt keinem EARS-Muster: [While/When/Where/If …,] the &lt;system&gt; shall &lt;response&gt;</translation>
    </message>
    <message>
        <source>A normative sentence longer than 45 words (option max-words) usually holds more than one requirement and is hard to test. Split it.</source>
        <translation>Ein normativer Satz mit mehr als 45 Wörtern (Option max-words) enthält meist mehr als eine Anforderung und ist schwer zu testen. Teilen Sie ihn.</translation>
    </message>
</context>
<context>
    <name>OutlineCommand</name>
    <message>
        <source>%1: sections %2, examples %3, statements %4, references %5</source>
        <translation>%1: Abschnitte %2, Beispiele %3, Aussagen %4, Verweise %5</translation>
    </message>
    <message>
        <source>[examples: %1]</source>
        <translation>[Beispiele: %1]</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>usage: specc outline FILE [--json]</source>
        <translation>Aufruf: specc outline DATEI [--json]</translation>
    </message>
</context>
<context>
    <name>PdfGenerator</name>
    <message>
        <source>PDF documentation</source>
        <translation>PDF-Dokumentation</translation>
    </message>
    <message>
        <source>The HTML documentation as a PDF</source>
        <translation>Die HTML-Dokumentation als PDF</translation>
    </message>
    <message>
        <source>the PDF generator needs a QGuiApplication (run with a display or QT_QPA_PLATFORM=offscreen)</source>
        <translation>der PDF-Generator braucht eine QGuiApplication (mit Bildschirm oder QT_QPA_PLATFORM=offscreen ausführen)</translation>
    </message>
    <message>
        <source>laying out the PDF of %1</source>
        <translation>PDF von %1 wird gesetzt</translation>
    </message>
    <message>
        <source>Qt's PDF writer produced no PDF</source>
        <translation>Der PDF-Writer von Qt hat kein PDF erzeugt</translation>
    </message>
</context>
<context>
    <name>RuleDocumentation</name>
    <message>
        <source>all profiles</source>
        <translation>alle Profile</translation>
    </message>
    <message>
        <source>Default severity: %1 (%2)%3.</source>
        <translation>Standard-Schweregrad: %1 (%2)%3.</translation>
    </message>
    <message>
        <source>; off unless enabled</source>
        <translation>; aus, solange nicht eingeschaltet</translation>
    </message>
    <message>
        <source>Configure it in specwright.toml under [lint.rules]: "%1" = "off" | "error" | "warning" | "info".</source>
        <translation>Einstellbar in specwright.toml unter [lint.rules]: "%1" = "off" | "error" | "warning" | "info".</translation>
    </message>
    <message>
        <source>Suppress one finding with %1 on the line before it.</source>
        <translation>Einen einzelnen Befund unterdrücken Sie mit %1 in der Zeile davor.</translation>
    </message>
    <message>
        <source>Default severity: `%1` (%2)%3.</source>
        <translation>Standard-Schweregrad: `%1` (%2)%3.</translation>
    </message>
    <message>
        <source>Configure it in `specwright.toml`:</source>
        <translation>Einstellbar in `specwright.toml`:</translation>
    </message>
    <message>
        <source>Suppress one finding on the line before it:</source>
        <translation>Einen einzelnen Befund unterdrücken Sie in der Zeile davor:</translation>
    </message>
</context>
<context>
    <name>SectionBlame</name>
    <message>
        <source>%1 is not in the last commit</source>
        <translation>%1 ist nicht im letzten Commit</translation>
    </message>
    <message>
        <source>%1 is binary or too large to blame</source>
        <translation>%1 ist binär oder zu groß für eine Zeilenherkunft</translation>
    </message>
</context>
<context>
    <name>SpecDocument</name>
    <message>
        <source>the file is not valid UTF-8 (first bad byte on line %1); invalid bytes are shown as �</source>
        <translation>die Datei ist kein gültiges UTF-8 (erstes ungültiges Byte in Zeile %1); ungültige Bytes werden als � angezeigt</translation>
    </message>
</context>
<context>
    <name>SpecFileCommand</name>
    <message>
        <source>cannot read %1: no such file</source>
        <translation>%1 kann nicht gelesen werden: keine solche Datei</translation>
    </message>
</context>
<context>
    <name>SpecHtmlRenderer</name>
    <message>
        <source>Authority level</source>
        <translation>Autoritätsstufe</translation>
    </message>
    <message>
        <source>Broken reference: no section "%1" in this document</source>
        <translation>Defekter Verweis: kein Abschnitt „%1“ in diesem Dokument</translation>
    </message>
    <message>
        <source>Broken reference: "%1" not found</source>
        <translation>Defekter Verweis: „%1“ nicht gefunden</translation>
    </message>
    <message>
        <source>eval prompts</source>
        <translation>Eval-Prompts</translation>
    </message>
    <message>
        <source>1 eval prompt</source>
        <translation>1 Eval-Prompt</translation>
    </message>
    <message>
        <source>%1 eval prompts</source>
        <translation>%1 Eval-Prompts</translation>
    </message>
    <message>
        <source>Eval tag %1: no examples/%1.md</source>
        <translation>Eval-Tag %1: keine examples/%1.md</translation>
    </message>
    <message>
        <source>Eval prompts for %1</source>
        <translation>Eval-Prompts für %1</translation>
    </message>
</context>
<context>
    <name>SpecParser</name>
    <message>
        <source>the id "%1" is already used by "%2" on line %3</source>
        <translation>die ID „%1“ wird bereits von „%2“ in Zeile %3 verwendet</translation>
    </message>
    <message>
        <source>the code fence opened on line %1 is never closed; it runs to the end of the file</source>
        <translation>der in Zeile %1 geöffnete Codeblock wird nie geschlossen; er reicht bis zum Dateiende</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>line %1 is %2 characters long</source>
        <translation>Zeile %1 ist %2 Zeichen lang</translation>
    </message>
    <message>
        <source>quotes or lists are nested more than %1 levels deep; the deeper content is not read</source>
        <translation>Zitate oder Listen sind mehr als %1 Ebenen tief verschachtelt; der tiefere Inhalt wird nicht gelesen</translation>
    </message>
    <message>
        <source>the example has no "." line between its input and output</source>
        <translation>das Beispiel hat keine Zeile "." zwischen Eingabe und Ausgabe</translation>
    </message>
    <message>
        <source>Example %1</source>
        <translation>Beispiel %1</translation>
    </message>
</context>
<context>
    <name>Specwright::AboutDialog</name>
    <message>
        <source>application framework</source>
        <translation>Anwendungsframework</translation>
    </message>
    <message>
        <source>syntax highlighting</source>
        <translation>Syntaxhervorhebung</translation>
    </message>
    <message>
        <source>generator templates</source>
        <translation>Generatorvorlagen</translation>
    </message>
    <message>
        <source>icons</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>Markdown parser</source>
        <translation>Markdown-Parser</translation>
    </message>
    <message>
        <source>git history and commits</source>
        <translation>Git-Historie und Commits</translation>
    </message>
    <message>
        <source>GPL-2.0-only with linking exception</source>
        <translation>GPL-2.0-only mit Linking-Ausnahme</translation>
    </message>
    <message>
        <source>word differences</source>
        <translation>Wortunterschiede</translation>
    </message>
    <message>
        <source>reading specwright.toml</source>
        <translation>Lesen von specwright.toml</translation>
    </message>
    <message>
        <source>About Specwright</source>
        <translation>Über Specwright</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Specwright %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Specwright %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>An IDE for specifications: Markdown documents that state the intent of a system, with examples, kept in git, linted like code and compiled into code, tests and documentation.</source>
        <translation>Eine IDE für Spezifikationen: Markdown-Dokumente, die die Absicht eines Systems mit Beispielen festhalten, in Git versioniert, wie Code geprüft und in Code, Tests und Dokumentation übersetzt.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Verwendet für</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Specwright is built on these libraries:</source>
        <translation>Specwright baut auf diesen Bibliotheken auf:</translation>
    </message>
</context>
<context>
    <name>Specwright::AmendCommitDialog</name>
    <message>
        <source>Amend Spec</source>
        <translation>Spezifikation ändern</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>umbenannt</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>%1: %2 (+%3 −%4 words)</source>
        <translation>%1: %2 (+%3 −%4 Wörter)</translation>
    </message>
    <message>
        <source>No section changed since the last amendment.</source>
        <translation>Seit der letzten Änderung hat sich kein Abschnitt geändert.</translation>
    </message>
    <message>
        <source>Changed sections:</source>
        <translation>Geänderte Abschnitte:</translation>
    </message>
    <message>
        <source>What this amendment does</source>
        <translation>Was diese Änderung bewirkt</translation>
    </message>
    <message>
        <source>Commit on the detached HEAD anyway</source>
        <translation>Trotzdem auf dem losgelösten HEAD committen</translation>
    </message>
    <message>
        <source>&amp;Commit</source>
        <translation>&amp;Committen</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>Comparing with the last amendment…</source>
        <translation>Vergleich mit der letzten Änderung …</translation>
    </message>
    <message>
        <source>reordered</source>
        <translation>umgestellt</translation>
    </message>
    <message>
        <source>formatting only</source>
        <translation>nur Formatierung</translation>
    </message>
</context>
<context>
    <name>Specwright::AmendmentsPanel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Select an amendment to compare it with its parent; Ctrl-click a second one to compare the two.</source>
        <translation>Wählen Sie eine Änderung, um sie mit ihrem Vorgänger zu vergleichen; Strg-Klick auf eine zweite vergleicht beide.</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>Keine Datei</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Historie wird gelesen …</translation>
    </message>
    <message>
        <source>The repository is bare</source>
        <translation>Das Repository ist ein Bare-Repository</translation>
    </message>
    <message>
        <source>No commits yet</source>
        <translation>Noch keine Commits</translation>
    </message>
    <message>
        <source>This file has no committed amendments</source>
        <translation>Diese Datei hat keine committeten Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%n amendment(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>(renamed from %1)</source>
        <translation>(umbenannt von %1)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>%1
%2 &lt;%3&gt;</source>
        <translation>%1
%2 &lt;%3&gt;</translation>
    </message>
    <message>
        <source>parent %1</source>
        <translation>Vorgänger %1</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
</context>
<context>
    <name>Specwright::ApiKeyStore</name>
    <message>
        <source>the secret store cannot be read (%1)</source>
        <translation>der Schlüsselbund kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>the key is kept for this session only: the secret store cannot save it (%1)</source>
        <translation>der Schlüssel gilt nur für diese Sitzung: der Schlüsselbund kann ihn nicht speichern (%1)</translation>
    </message>
    <message>
        <source>the secret store cannot delete the key (%1)</source>
        <translation>der Schlüsselbund kann den Schlüssel nicht löschen (%1)</translation>
    </message>
</context>
<context>
    <name>Specwright::BoundedFileReader</name>
    <message>
        <source>%1 is a directory, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>%1 is a named pipe (FIFO); only regular files are read.</source>
        <translation>%1 ist eine benannte Pipe (FIFO); gelesen werden nur normale Dateien.</translation>
    </message>
    <message>
        <source>%1 is a device; only regular files are read.</source>
        <translation>%1 ist ein Gerät; gelesen werden nur normale Dateien.</translation>
    </message>
    <message>
        <source>%1 is a socket; only regular files are read.</source>
        <translation>%1 ist ein Socket; gelesen werden nur normale Dateien.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine normale Datei.</translation>
    </message>
    <message>
        <source>%1 is larger than the limit of %2 MB.</source>
        <translation>%1 ist größer als die Grenze von %2 MB.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2, which does not exist.</source>
        <translation>%1 ist ein symbolischer Link auf %2, das nicht existiert.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the disk quota is exceeded</source>
        <translation>das Speicherkontingent ist überschritten</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>das Dateisystem ist schreibgeschützt</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>no such file or directory</source>
        <translation>Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>an input/output error occurred (the disk may be failing)</source>
        <translation>ein Ein-/Ausgabefehler ist aufgetreten (der Datenträger ist vielleicht defekt)</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>der Dateiname ist zu lang</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>Specwright::DesktopMenus</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;About Specwright</source>
        <translation>&amp;Über Specwright</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>Specwright::DiagnosticTableModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Specwright::DiffView</name>
    <message>
        <source>&amp;Rendered</source>
        <translation>&amp;Gerendert</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>The new version with deleted words struck through and inserted words marked (Alt+1)</source>
        <translation>Die neue Version mit durchgestrichenen gelöschten und markierten eingefügten Wörtern (Alt+1)</translation>
    </message>
    <message>
        <source>Old and new source aligned by block (Alt+2)</source>
        <translation>Alter und neuer Quelltext, blockweise nebeneinander (Alt+2)</translation>
    </message>
    <message>
        <source>Every section with its status (Alt+3)</source>
        <translation>Jeder Abschnitt mit seinem Status (Alt+3)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Old title</source>
        <translation>Alter Titel</translation>
    </message>
    <message>
        <source>Old id</source>
        <translation>Alte ID</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>Neuer Titel</translation>
    </message>
    <message>
        <source>New id</source>
        <translation>Neue ID</translation>
    </message>
    <message>
        <source>Words +</source>
        <translation>Wörter +</translation>
    </message>
    <message>
        <source>Words −</source>
        <translation>Wörter −</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>No comparison yet</source>
        <translation>Noch kein Vergleich</translation>
    </message>
    <message>
        <source>old</source>
        <translation>alt</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>Reading the last amendment…</source>
        <translation>Letzte Änderung wird gelesen …</translation>
    </message>
    <message>
        <source>The committed file is binary or too large to compare</source>
        <translation>Die committete Datei ist binär oder zu groß zum Vergleichen</translation>
    </message>
    <message>
        <source>last amendment (HEAD)</source>
        <translation>letzte Änderung (HEAD)</translation>
    </message>
    <message>
        <source>unsaved buffer</source>
        <translation>ungespeicherter Inhalt</translation>
    </message>
    <message>
        <source>The repository has no amendments yet</source>
        <translation>Das Repository hat noch keine Änderungen</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Vergleiche …</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2: %3 modified, %4 added, %5 removed, %6 renamed, %7 moved</source>
        <translation>%1 → %2: %3 geändert, %4 hinzugefügt, %5 entfernt, %6 umbenannt, %7 verschoben</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>umbenannt</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>, moved</source>
        <translation>, verschoben</translation>
    </message>
    <message>
        <source>, renamed</source>
        <translation>, umbenannt</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>%1 → %2: no changes</source>
        <translation>%1 → %2: keine Änderungen</translation>
    </message>
    <message>
        <source>reordered</source>
        <translation>umgestellt</translation>
    </message>
    <message>
        <source>formatting only</source>
        <translation>nur Formatierung</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>parent %1 → %2</source>
        <translation>übergeordnet %1 → %2</translation>
    </message>
    <message>
        <source>(top)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <source>%1 negated or reworded</source>
        <translation>%1 verneint oder umformuliert</translation>
    </message>
</context>
<context>
    <name>Specwright::DocumentManager</name>
    <message>
        <source>%1 was deleted on disk; save to keep it.</source>
        <translation>%1 wurde auf der Platte gelöscht; speichern Sie, um die Datei zu behalten.</translation>
    </message>
    <message>
        <source>No such folder: %1</source>
        <translation>Ordner nicht vorhanden: %1</translation>
    </message>
    <message>
        <source>Open Spec</source>
        <translation>Spezifikation öffnen</translation>
    </message>
    <message>
        <source>Save Spec As</source>
        <translation>Spezifikation speichern unter</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown);;All files (*)</source>
        <translation>Markdown (*.md *.markdown);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Workspace Folder</source>
        <translation>Arbeitsbereichsordner öffnen</translation>
    </message>
    <message>
        <source>Reloaded %1 (changed on disk).</source>
        <translation>%1 neu geladen (auf der Platte geändert).</translation>
    </message>
    <message>
        <source>%1 was changed by another program. Reload it and lose your unsaved changes?</source>
        <translation>%1 wurde von einem anderen Programm geändert. Neu laden und Ihre ungespeicherten Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Keep My Version</source>
        <translation>Meine Fassung &amp;behalten</translation>
    </message>
    <message>
        <source>an untitled spec</source>
        <translation>eine unbenannte Spezifikation</translation>
    </message>
    <message>
        <source>Specwright found unsaved changes to %1 from %2. Recover them?</source>
        <translation>Specwright hat ungespeicherte Änderungen an %1 vom %2 gefunden. Wiederherstellen?</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Close File</source>
        <translation>Datei schließen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation>%1 hat ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1

Your text is still in the editor. Save it under another name?</source>
        <translation>%1

Ihr Text ist weiterhin im Editor. Unter einem anderen Namen speichern?</translation>
    </message>
    <message>
        <source>%1 documents have unsaved changes: %2. Save them all?</source>
        <translation>%1 Dokumente haben ungespeicherte Änderungen: %2. Alle speichern?</translation>
    </message>
    <message>
        <source>Specwright found unsaved changes to %1 documents, the newest to %2 from %3. Recover them all?</source>
        <translation>Specwright hat ungespeicherte Änderungen an %1 Dokumenten gefunden, die neuesten an %2 vom %3. Alle wiederherstellen?</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>Specwright::DocumentSession</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>The document has no file name yet.</source>
        <translation>Das Dokument hat noch keinen Dateinamen.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid %2; invalid bytes are shown as �.</source>
        <translation>%1 ist kein gültiges %2; ungültige Bytes werden als � angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be saved in %2: %n character(s) would be lost (%3). Save it as UTF-8 instead?</source>
        <translation>
            <numerusform>%1 kann nicht in %2 gespeichert werden: %n Zeichen gingen verloren (%3). Stattdessen als UTF-8 speichern?</numerusform>
            <numerusform>%1 kann nicht in %2 gespeichert werden: %n Zeichen gingen verloren (%3). Stattdessen als UTF-8 speichern?</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as &amp;UTF-8</source>
        <translation>Als &amp;UTF-8 speichern</translation>
    </message>
    <message>
        <source>%1 was read as %2 with bytes that are not valid in it; saving writes � in their place. Save anyway?</source>
        <translation>%1 wurde als %2 gelesen und enthält darin ungültige Bytes; beim Speichern wird an ihrer Stelle � geschrieben. Trotzdem speichern?</translation>
    </message>
    <message>
        <source>&amp;Save Anyway</source>
        <translation>&amp;Trotzdem speichern</translation>
    </message>
</context>
<context>
    <name>Specwright::DocumentTabs</name>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close &amp;Others</source>
        <translation>&amp;Andere schließen</translation>
    </message>
    <message>
        <source>Close &amp;All</source>
        <translation>A&amp;lle schließen</translation>
    </message>
    <message>
        <source>Copy &amp;Path</source>
        <translation>&amp;Pfad kopieren</translation>
    </message>
</context>
<context>
    <name>Specwright::EditorPane</name>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Ersetzen …</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rück&amp;wärts suchen</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>Gehe zu &amp;Zeile …</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Zoom &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Word Wrap</source>
        <translation>&amp;Zeilenumbruch</translation>
    </message>
    <message>
        <source>&amp;Quick Fix…</source>
        <translation>Sc&amp;hnellkorrektur …</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <source>Line (1–%1):</source>
        <translation>Zeile (1–%1):</translation>
    </message>
</context>
<context>
    <name>Specwright::EncodingIntegration</name>
    <message>
        <source>Reopen with &amp;Encoding</source>
        <translation>Mit &amp;Kodierung erneut öffnen</translation>
    </message>
    <message>
        <source>The file's encoding; it is saved in the same encoding. Click to reopen the file with another one.</source>
        <translation>Die Kodierung der Datei; sie wird in derselben Kodierung gespeichert. Klicken, um die Datei mit einer anderen erneut zu öffnen.</translation>
    </message>
    <message>
        <source>Reopened as %1.</source>
        <translation>Als %1 erneut geöffnet.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>Specwright::EvalCompareView</name>
    <message>
        <source>Go to Section</source>
        <translation>Zum Abschnitt</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Absicht</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Flip</source>
        <translation>Wechsel</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Grader now</source>
        <translation>Bewertung jetzt</translation>
    </message>
    <message>
        <source>&amp;Before:</source>
        <translation>&amp;Vorher:</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>&amp;Nachher:</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 passed</source>
        <translation>%1 · %2 · %3 bestanden</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>No runs of this spec yet.</source>
        <translation>Noch keine Läufe dieser Spezifikation.</translation>
    </message>
    <message>
        <source>One run so far: run the evals again (after an amendment, or with another model) to compare.</source>
        <translation>Bisher ein Lauf: Führen Sie die Evals erneut aus (nach einer Änderung oder mit einem anderen Modell), um zu vergleichen.</translation>
    </message>
    <message numerus="yes">
        <source>Pass rate %1 → %2 · %n regression(s)</source>
        <translation>
            <numerusform>Bestehensquote %1 → %2 · %n Regression</numerusform>
            <numerusform>Bestehensquote %1 → %2 · %n Regressionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fixed</source>
        <translation>
            <numerusform>%n behoben</numerusform>
            <numerusform>%n behoben</numerusform>
        </translation>
    </message>
    <message>
        <source>Regressed: %1</source>
        <translation>Verschlechtert: %1</translation>
    </message>
    <message>
        <source>%1 case(s) only before, %2 only after (changed examples)</source>
        <translation>%1 Fall/Fälle nur vorher, %2 nur nachher (geänderte Beispiele)</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>entfallen</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>Regression</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>behoben</translation>
    </message>
</context>
<context>
    <name>Specwright::EvalIntegration</name>
    <message>
        <source>Evals</source>
        <translation>Evaluierungen</translation>
    </message>
    <message>
        <source>Save the spec first: a run belongs to a file.</source>
        <translation>Speichern Sie die Spezifikation zuerst: Ein Lauf gehört zu einer Datei.</translation>
    </message>
    <message>
        <source>This workspace is not trusted: trust it to run its evals.</source>
        <translation>Diesem Arbeitsbereich wird nicht vertraut: Vertrauen Sie ihm, um seine Evaluierungen auszuführen.</translation>
    </message>
    <message>
        <source>No examples to run here.</source>
        <translation>Hier gibt es keine Beispiele auszuführen.</translation>
    </message>
    <message>
        <source>Eval Comparison</source>
        <translation>Eval-Vergleich</translation>
    </message>
    <message>
        <source>%1 of %2 cases passed in the run of %3 (%4)</source>
        <translation>%1 von %2 Fällen bestanden im Lauf vom %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) could not be run</source>
        <translation>
            <numerusform>%n Fall konnte nicht ausgeführt werden</numerusform>
            <numerusform>%n Fälle konnten nicht ausgeführt werden</numerusform>
        </translation>
    </message>
    <message>
        <source>The spec changed while its cases were built: run it again.</source>
        <translation>Die Spezifikation hat sich geändert, während ihre Fälle erstellt wurden: Bitte erneut ausführen.</translation>
    </message>
</context>
<context>
    <name>Specwright::EvalPanel</name>
    <message>
        <source>Run File</source>
        <translation>Datei ausführen</translation>
    </message>
    <message>
        <source>Run Section</source>
        <translation>Abschnitt ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Go to Section</source>
        <translation>Zum Abschnitt</translation>
    </message>
    <message>
        <source>Run the spec's examples against the target model.</source>
        <translation>Die Beispiele der Spezifikation gegen das Zielmodell ausführen.</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Alle Abschnitte</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>%1 of %2 cases · %3 passed · %4 failed · %5 errors</source>
        <translation>%1 von %2 Fällen · %3 bestanden · %4 nicht bestanden · %5 Fehler</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>noch etwa %n s</numerusform>
            <numerusform>noch etwa %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>answer (%1)</source>
        <translation>Antwort (%1)</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <source>Grader:</source>
        <translation>Bewerter:</translation>
    </message>
    <message>
        <source>Violates #%1</source>
        <translation>Verletzt #%1</translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation>Läufe vergleichen</translation>
    </message>
    <message>
        <source>Pass rate per intent and flipped cases between two runs</source>
        <translation>Bestehensquote je Absicht und gekippte Fälle zwischen zwei Läufen</translation>
    </message>
    <message>
        <source>Building cases…</source>
        <translation>Fälle werden erstellt…</translation>
    </message>
</context>
<context>
    <name>Specwright::EvalRunner</name>
    <message>
        <source>no target model: give --target, set one in the settings, or name one in specwright.toml [eval]</source>
        <translation>kein Zielmodell: geben Sie --target an, legen Sie eines in den Einstellungen fest oder nennen Sie eines in specwright.toml [eval]</translation>
    </message>
    <message>
        <source>no grader model: give --grader, set one in the settings, or name one in specwright.toml [eval]</source>
        <translation>kein Bewertungsmodell: geben Sie --grader an, legen Sie eines in den Einstellungen fest oder nennen Sie eines in specwright.toml [eval]</translation>
    </message>
    <message>
        <source>target: %1</source>
        <translation>Zielmodell: %1</translation>
    </message>
    <message>
        <source>grader: %1</source>
        <translation>Bewerter: %1</translation>
    </message>
</context>
<context>
    <name>Specwright::ExamplesPanel</name>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>(untitled example)</source>
        <translation>(Beispiel ohne Titel)</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;Turns: %2</source>
        <translation>%1&lt;br&gt;Redebeiträge: %2</translation>
    </message>
    <message>
        <source>Select an intent to see its examples.</source>
        <translation>Wählen Sie eine Absicht, um ihre Beispiele zu sehen.</translation>
    </message>
    <message>
        <source>Examples of &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Beispiele zu &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>In the spec (%1)</source>
        <translation>In der Spezifikation (%1)</translation>
    </message>
    <message>
        <source>Eval prompts [^%1] (%2)</source>
        <translation>Eval-Prompts [^%1] (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has no examples yet.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; hat noch keine Beispiele.</translation>
    </message>
</context>
<context>
    <name>Specwright::FindReplaceBar</name>
    <message>
        <source>Re&amp;gex</source>
        <translation>Re&amp;gulärer Ausdruck</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>&amp;Ganze Wörter</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>&amp;Alle ersetzen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Invalid expression: %1</source>
        <translation>Ungültiger Ausdruck: %1</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s)</source>
        <translation>
            <numerusform>%n Ersetzung</numerusform>
            <numerusform>%n Ersetzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1 of %2+, %3</source>
        <translation>%1 von %2+, %3</translation>
    </message>
    <message>
        <source>%1 of %2, %3</source>
        <translation>%1 von %2, %3</translation>
    </message>
</context>
<context>
    <name>Specwright::FixPreviewDialog</name>
    <message>
        <source>Preview: Fix All</source>
        <translation>Vorschau: Alle korrigieren</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) of %1 in %2. Nothing changes until you apply them; one undo reverts them all.</source>
        <translation>
            <numerusform>%n Änderung(en) von %1 in %2. Nichts ändert sich, bevor Sie sie anwenden; ein Rückgängig macht alle rückgängig.</numerusform>
            <numerusform>%n Änderung(en) von %1 in %2. Nichts ändert sich, bevor Sie sie anwenden; ein Rückgängig macht alle rückgängig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n Edit(s)</source>
        <translation>
            <numerusform>%n Änderung(en) &amp;anwenden</numerusform>
            <numerusform>%n Änderung(en) &amp;anwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>Specwright::GenerateController</name>
    <message>
        <source>Save the spec first: generated files are written beside it.</source>
        <translation>Speichern Sie die Spezifikation zuerst: Erzeugte Dateien werden neben ihr abgelegt.</translation>
    </message>
    <message>
        <source>specwright.toml: %1</source>
        <translation>specwright.toml: %1</translation>
    </message>
</context>
<context>
    <name>Specwright::GenerateIntegration</name>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
</context>
<context>
    <name>Specwright::GenerateToolbar</name>
    <message>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>Selected Section Only</source>
        <translation>Nur ausgewählter Abschnitt</translation>
    </message>
    <message>
        <source>Generate from the section at the cursor instead of the whole spec</source>
        <translation>Aus dem Abschnitt am Cursor statt aus der ganzen Spezifikation erzeugen</translation>
    </message>
    <message>
        <source>Cancel Generation</source>
        <translation>Erzeugung abbrechen</translation>
    </message>
    <message>
        <source>Generate: %1 (%2)</source>
        <translation>Erzeugen: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Specwright::GenerationJob</name>
    <message>
        <source>no spec to generate from</source>
        <translation>keine Spezifikation, aus der erzeugt werden kann</translation>
    </message>
    <message>
        <source>no section with id "%1" in %2</source>
        <translation>kein Abschnitt mit der ID „%1“ in %2</translation>
    </message>
    <message>
        <source>unknown generator kind "%1"</source>
        <translation>unbekannte Generatorart „%1“</translation>
    </message>
    <message>
        <source>%1: generating from %2%3</source>
        <translation>%1: erzeuge aus %2%3</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1: canceled; nothing written</source>
        <translation>%1: abgebrochen; nichts geschrieben</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>unchanged %1</source>
        <translation>%1 unverändert</translation>
    </message>
    <message>
        <source>some outputs were edited by hand and were not overwritten</source>
        <translation>einige Ausgaben wurden von Hand bearbeitet und nicht überschrieben</translation>
    </message>
    <message numerus="yes">
        <source>%1: done, %n file(s) written</source>
        <translation>
            <numerusform>%1: fertig, %n Datei geschrieben</numerusform>
            <numerusform>%1: fertig, %n Dateien geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>conflict: %1 exists and was not written by Specwright; not overwritten</source>
        <translation>Konflikt: %1 existiert und wurde nicht von Specwright geschrieben; nicht überschrieben</translation>
    </message>
    <message>
        <source>conflict: %1 was edited by hand since it was generated; not overwritten</source>
        <translation>Konflikt: %1 wurde seit der Erzeugung von Hand bearbeitet; nicht überschrieben</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>der Ordner von %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>output folder: %1</source>
        <translation>Ausgabeordner: %1</translation>
    </message>
    <message>
        <source>%1: the workspace is not trusted; trust it to run LLM generators and the generators it declares</source>
        <translation>%1: Dem Arbeitsbereich wird nicht vertraut; vertrauen Sie ihm, um LLM-Generatoren und seine eigenen Generatoren auszuführen</translation>
    </message>
    <message>
        <source>refused to write to %1: it leads out of the workspace through a symbolic link</source>
        <translation>Schreiben nach %1 verweigert: es führt über einen symbolischen Link aus dem Arbeitsbereich hinaus</translation>
    </message>
    <message>
        <source>refused to read the template %1: it is outside the workspace %2</source>
        <translation>Lesen der Vorlage %1 verweigert: sie liegt außerhalb des Arbeitsbereichs %2</translation>
    </message>
    <message>
        <source>refused to write %1: it is a symbolic link</source>
        <translation>Schreiben von %1 verweigert: es ist ein symbolischer Link</translation>
    </message>
</context>
<context>
    <name>Specwright::HistoryIntegration</name>
    <message>
        <source>Amendments</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Compare with &amp;Last Amendment</source>
        <translation>Mit &amp;letzter Änderung vergleichen</translation>
    </message>
    <message>
        <source>&amp;Amend Spec…</source>
        <translation>Spezifikation ä&amp;ndern …</translation>
    </message>
    <message>
        <source>Save the spec in a git repository first.</source>
        <translation>Speichern Sie die Spezifikation zuerst in einem Git-Repository.</translation>
    </message>
</context>
<context>
    <name>Specwright::IntentOutline</name>
    <message>
        <source>Filter intents (title, id, authority)</source>
        <translation>Absichten filtern (Titel, ID, Autorität)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>id: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n example(s)</source>
        <translation>
            <numerusform>%n Beispiel</numerusform>
            <numerusform>%n Beispiele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lint finding(s)</source>
        <translation>
            <numerusform>%n Prüfbefund</numerusform>
            <numerusform>%n Prüfbefunde</numerusform>
        </translation>
    </message>
    <message>
        <source>Move Section &amp;Up</source>
        <translation>Abschnitt nach &amp;oben verschieben</translation>
    </message>
    <message>
        <source>Move Section &amp;Down</source>
        <translation>Abschnitt nach &amp;unten verschieben</translation>
    </message>
</context>
<context>
    <name>Specwright::LlmClient</name>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the server sent a malformed stream event (%1): %2</source>
        <translation>der Server hat ein fehlerhaftes Stream-Ereignis gesendet (%1): %2</translation>
    </message>
    <message>
        <source>the server reported an error: %1</source>
        <translation>der Server meldete einen Fehler: %1</translation>
    </message>
    <message>
        <source>not found (HTTP 404) at %1: check the base URL and the model name "%2"</source>
        <translation>nicht gefunden (HTTP 404) unter %1: prüfen Sie die Basis-URL und den Modellnamen „%2“</translation>
    </message>
    <message>
        <source>rate limited by %1 (HTTP 429): try again later</source>
        <translation>von %1 gedrosselt (HTTP 429): versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>server error at %1 (HTTP %2)</source>
        <translation>Serverfehler unter %1 (HTTP %2)</translation>
    </message>
    <message>
        <source>the server at %1 rejected the request (HTTP %2)</source>
        <translation>der Server unter %1 hat die Anfrage abgelehnt (HTTP %2)</translation>
    </message>
    <message>
        <source>cannot connect to %1: connection refused (is the server running?)</source>
        <translation>keine Verbindung zu %1: Verbindung abgelehnt (läuft der Server?)</translation>
    </message>
    <message>
        <source>the connection to %1 broke before the answer was complete: %2</source>
        <translation>die Verbindung zu %1 brach ab, bevor die Antwort vollständig war: %2</translation>
    </message>
    <message>
        <source>network error talking to %1: %2</source>
        <translation>Netzwerkfehler bei der Verbindung mit %1: %2</translation>
    </message>
    <message>
        <source>the server at %1 closed the stream before the answer was complete</source>
        <translation>der Server unter %1 hat den Stream geschlossen, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <source>the answer of %1 is not an OpenAI-compatible chat completion: %2</source>
        <translation>die Antwort von %1 ist keine OpenAI-kompatible Chat-Completion: %2</translation>
    </message>
    <message>
        <source>no answer from %1 for %2 ms</source>
        <translation>keine Antwort von %1 seit %2 ms</translation>
    </message>
    <message>
        <source>no model is set: choose one in the settings, with --target or SPECWRIGHT_LLM_MODEL, or name one in specwright.toml</source>
        <translation>kein Modell festgelegt: Wählen Sie eines in den Einstellungen, mit --target oder SPECWRIGHT_LLM_MODEL, oder nennen Sie eines in specwright.toml</translation>
    </message>
    <message>
        <source>the server at %1 redirected to %2, another origin; not followed, so neither the prompt nor the key were sent there</source>
        <translation>der Server unter %1 hat auf %2 umgeleitet, einen anderen Ursprung; nicht gefolgt, daher wurden weder die Eingabe noch der Schlüssel dorthin gesendet</translation>
    </message>
    <message>
        <source>the answer of %1 is larger than %2 bytes; stopped reading</source>
        <translation>die Antwort von %1 ist größer als %2 Byte; Lesen beendet</translation>
    </message>
    <message>
        <source>the server at %1 refused the credentials (HTTP %2): set the API key in the SPECWRIGHT_LLM_API_KEY or OPENAI_API_KEY environment variable</source>
        <translation>der Server unter %1 hat die Anmeldedaten abgelehnt (HTTP %2): Setzen Sie den API-Schlüssel in der Umgebungsvariablen SPECWRIGHT_LLM_API_KEY oder OPENAI_API_KEY</translation>
    </message>
    <message>
        <source>the answer of %1 is larger than %2 bytes</source>
        <translation>die Antwort von %1 ist größer als %2 Byte</translation>
    </message>
    <message>
        <source>the server at %1 answered with a redirect (HTTP %2) that was not followed</source>
        <translation>der Server unter %1 hat mit einer Umleitung (HTTP %2) geantwortet, der nicht gefolgt wurde</translation>
    </message>
    <message>
        <source>no complete answer from %1 within %2 ms in total</source>
        <translation>keine vollständige Antwort von %1 innerhalb von insgesamt %2 ms</translation>
    </message>
</context>
<context>
    <name>Specwright::LooseObjectCheck</name>
    <message>
        <source>cannot be read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>cannot be inflated</source>
        <translation>kann nicht entpackt werden</translation>
    </message>
    <message>
        <source>is not valid zlib data</source>
        <translation>ist keine gültigen zlib-Daten</translation>
    </message>
    <message>
        <source>has a malformed header</source>
        <translation>hat einen fehlerhaften Kopf</translation>
    </message>
    <message>
        <source>holds more data than its header declares</source>
        <translation>enthält mehr Daten, als sein Kopf angibt</translation>
    </message>
    <message>
        <source>is truncated</source>
        <translation>ist abgeschnitten</translation>
    </message>
    <message>
        <source>the repository is corrupt: object %1 %2</source>
        <translation>das Repository ist beschädigt: Objekt %1 %2</translation>
    </message>
</context>
<context>
    <name>Specwright::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
</context>
<context>
    <name>Specwright::MainWindow</name>
    <message>
        <source>Specwright</source>
        <translation>Specwright</translation>
    </message>
    <message>
        <source>Intents</source>
        <translation>Absichten</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen …</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <source>&amp;Editor Only</source>
        <translation>Nur &amp;Editor</translation>
    </message>
    <message>
        <source>&amp;Preview Only</source>
        <translation>Nur &amp;Vorschau</translation>
    </message>
    <message>
        <source>%1[*] — Specwright</source>
        <translation>%1[*] — Specwright</translation>
    </message>
    <message>
        <source>%1[*] — %2 — Specwright</source>
        <translation>%1[*] — %2 — Specwright</translation>
    </message>
    <message>
        <source>No section #%1 in this file.</source>
        <translation>Kein Abschnitt #%1 in dieser Datei.</translation>
    </message>
    <message>
        <source>&amp;Close File</source>
        <translation>Datei s&amp;chließen</translation>
    </message>
</context>
<context>
    <name>Specwright::OpenDocumentsIntegration</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>&amp;Next Document</source>
        <translation>&amp;Nächstes Dokument</translation>
    </message>
    <message>
        <source>&amp;Previous Document</source>
        <translation>V&amp;origes Dokument</translation>
    </message>
</context>
<context>
    <name>Specwright::OutlineModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Absicht</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorität</translation>
    </message>
    <message>
        <source>Ex.</source>
        <translation>Bsp.</translation>
    </message>
    <message>
        <source>Lint</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Evals</source>
        <translation>Evals</translation>
    </message>
    <message>
        <source>Pass rate in the latest eval run</source>
        <translation>Bestehensquote im letzten Eval-Lauf</translation>
    </message>
    <message>
        <source>Examples in this intent</source>
        <translation>Beispiele in dieser Absicht</translation>
    </message>
    <message>
        <source>Lint findings in this intent</source>
        <translation>Prüfbefunde in dieser Absicht</translation>
    </message>
</context>
<context>
    <name>Specwright::OutputDiffDialog</name>
    <message>
        <source>%1: previous and current version</source>
        <translation>%1: vorige und aktuelle Version</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>vorige</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
</context>
<context>
    <name>Specwright::OutputOpener</name>
    <message>
        <source>Opened the output %1.</source>
        <translation>Ausgabe %1 geöffnet.</translation>
    </message>
    <message>
        <source>No program is set up to open %1; the file is in %2.</source>
        <translation>Kein Programm ist zum Öffnen von %1 eingerichtet; die Datei liegt in %2.</translation>
    </message>
    <message>
        <source>No file manager could be started; the file is in %1.</source>
        <translation>Es konnte kein Dateimanager gestartet werden; die Datei liegt in %1.</translation>
    </message>
</context>
<context>
    <name>Specwright::OutputPanel</name>
    <message>
        <source>written</source>
        <translation>geschrieben</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>conflict: edited by hand</source>
        <translation>Konflikt: von Hand bearbeitet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Stop the running generator; nothing is written</source>
        <translation>Den laufenden Generator anhalten; nichts wird geschrieben</translation>
    </message>
    <message>
        <source>Generate again and overwrite the outputs that were edited by hand</source>
        <translation>Erneut erzeugen und die von Hand bearbeiteten Ausgaben überschreiben</translation>
    </message>
    <message>
        <source>The generator's log appears here.</source>
        <translation>Hier erscheint das Protokoll des Generators.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Im Ordner zeigen</translation>
    </message>
    <message>
        <source>&amp;Diff with Previous</source>
        <translation>Mit &amp;voriger vergleichen</translation>
    </message>
    <message>
        <source>Generating: %1</source>
        <translation>Erzeuge: %1</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n file(s)</source>
        <translation>
            <numerusform>Fertig: %n Datei</numerusform>
            <numerusform>Fertig: %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>The spec changed since this file was generated</source>
        <translation>Die Spezifikation hat sich geändert, seit diese Datei erzeugt wurde</translation>
    </message>
    <message>
        <source>edited by hand</source>
        <translation>von Hand bearbeitet</translation>
    </message>
    <message>
        <source>Changed after generation; generating again will ask before overwriting</source>
        <translation>Nach der Erzeugung geändert; erneutes Erzeugen fragt vor dem Überschreiben</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>not generated</source>
        <translation>nicht erzeugt</translation>
    </message>
    <message>
        <source>This file was not written by Specwright</source>
        <translation>Diese Datei wurde nicht von Specwright geschrieben</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Reveal in Folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>Diff with Previous Version</source>
        <translation>Mit voriger Version vergleichen</translation>
    </message>
    <message>
        <source>Changed sections: %1</source>
        <translation>Geänderte Abschnitte: %1</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>O&amp;verwrite Edited Files</source>
        <translation>Bearbeitete Dateien ü&amp;berschreiben</translation>
    </message>
</context>
<context>
    <name>Specwright::OutputPathGuard</name>
    <message>
        <source>refused to write %1: %2</source>
        <translation>Schreiben von %1 verweigert: %2</translation>
    </message>
    <message>
        <source>the output name is empty</source>
        <translation>der Ausgabename ist leer</translation>
    </message>
    <message>
        <source>outputs must be relative to the output folder</source>
        <translation>Ausgaben müssen relativ zum Ausgabeordner sein</translation>
    </message>
    <message>
        <source>the path leaves the output folder</source>
        <translation>der Pfad verlässt den Ausgabeordner</translation>
    </message>
    <message>
        <source>%1 is a symbolic link</source>
        <translation>%1 ist ein symbolischer Link</translation>
    </message>
</context>
<context>
    <name>Specwright::PaletteIntegration</name>
    <message>
        <source>Type the name of a command</source>
        <translation>Namen eines Befehls eingeben</translation>
    </message>
    <message>
        <source>Type the name of a file in the workspace</source>
        <translation>Namen einer Datei im Arbeitsbereich eingeben</translation>
    </message>
    <message>
        <source>Go to &amp;File…</source>
        <translation>Gehe zu &amp;Datei …</translation>
    </message>
    <message>
        <source>Command &amp;Palette…</source>
        <translation>&amp;Befehlspalette …</translation>
    </message>
    <message>
        <source>No files in %1</source>
        <translation>Keine Dateien in %1</translation>
    </message>
    <message>
        <source>Showing the first %1 files</source>
        <translation>Die ersten %1 Dateien werden angezeigt</translation>
    </message>
    <message>
        <source>Open a folder to find its files here</source>
        <translation>Öffnen Sie einen Ordner, um seine Dateien hier zu finden</translation>
    </message>
    <message>
        <source>Listing files…</source>
        <translation>Dateien werden aufgelistet …</translation>
    </message>
</context>
<context>
    <name>Specwright::PreviewView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Link-Adresse kopieren</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>Specwright::ProblemsIntegration</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>The text changed since it was checked; try again when the check is done.</source>
        <translation>Der Text hat sich seit der Prüfung geändert; versuchen Sie es erneut, wenn die Prüfung fertig ist.</translation>
    </message>
    <message>
        <source>The fix no longer fits the text.</source>
        <translation>Die Korrektur passt nicht mehr zum Text.</translation>
    </message>
    <message>
        <source>Added "%1" to %2</source>
        <translation>„%1“ zu %2 hinzugefügt</translation>
    </message>
    <message>
        <source>The text changed while the preview was open; nothing was applied.</source>
        <translation>Der Text hat sich geändert, während die Vorschau offen war; nichts wurde angewendet.</translation>
    </message>
</context>
<context>
    <name>Specwright::ProblemsPanel</name>
    <message>
        <source>&amp;Fix</source>
        <translation>&amp;Korrigieren</translation>
    </message>
    <message>
        <source>Fix &amp;All of This Rule in the File</source>
        <translation>&amp;Alle Befunde dieser Regel in der Datei korrigieren</translation>
    </message>
    <message>
        <source>Apply the quick fix of every problem of the selected rule in its file (%1)</source>
        <translation>Die Schnellkorrektur jedes Problems der gewählten Regel in seiner Datei anwenden (%1)</translation>
    </message>
    <message>
        <source>Show the problems of one rule</source>
        <translation>Die Probleme einer Regel zeigen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>Alle Regeln</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or hide %1 problems</source>
        <translation>%1-Probleme zeigen oder verbergen</translation>
    </message>
    <message>
        <source>showing %1 of %2</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
</context>
<context>
    <name>Specwright::ReadOnlyIntegration</name>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>This file cannot be written; save your changes under another name (File &gt; Save As).</source>
        <translation>Diese Datei kann nicht geschrieben werden; speichern Sie Ihre Änderungen unter einem anderen Namen (Datei &gt; Speichern unter).</translation>
    </message>
    <message>
        <source>%1 is read-only. You can edit it, but changes can only be saved under another name.</source>
        <translation>%1 ist schreibgeschützt. Sie können die Datei bearbeiten, Änderungen aber nur unter einem anderen Namen speichern.</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>Specwright::RecoveryStore</name>
    <message>
        <source>Cannot create the recovery folder %1: %2</source>
        <translation>Der Wiederherstellungsordner %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot lock the recovery folder %1.</source>
        <translation>Der Wiederherstellungsordner %1 kann nicht gesperrt werden.</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Autosave failed: cannot write %1: %2</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Specwright::SectionMoveIntegration</name>
    <message>
        <source>The outline is catching up with your typing; move the section again in a moment</source>
        <translation>Die Gliederung holt Ihre Eingaben noch ein; verschieben Sie den Abschnitt gleich noch einmal</translation>
    </message>
    <message>
        <source>"%1" can only move next to a heading of the same level</source>
        <translation>„%1“ kann nur neben eine Überschrift derselben Ebene verschoben werden</translation>
    </message>
</context>
<context>
    <name>Specwright::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Detect from each file</source>
        <translation>Aus jeder Datei erkennen</translation>
    </message>
    <message>
        <source>RFC 2119 keywords</source>
        <translation>Schlüsselwörter nach RFC 2119</translation>
    </message>
    <message>
        <source>Model Spec</source>
        <translation>Model Spec</translation>
    </message>
    <message>
        <source>Spec Kit</source>
        <translation>Spec Kit</translation>
    </message>
    <message>
        <source>EARS requirements</source>
        <translation>EARS-Anforderungen</translation>
    </message>
    <message>
        <source>model name, e.g. gpt-4o-mini</source>
        <translation>Modellname, z. B. gpt-4o-mini</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>Schrift&amp;art:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>Lint</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>LLM generator</source>
        <translation>LLM-Generator</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>&amp;Endpunkt-URL:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>the endpoint above</source>
        <translation>der Endpunkt oben</translation>
    </message>
    <message>
        <source>the model above</source>
        <translation>das Modell oben</translation>
    </message>
    <message>
        <source>Allow plain http:// to other machines</source>
        <translation>Unverschlüsseltes http:// zu anderen Rechnern erlauben</translation>
    </message>
    <message>
        <source>Eval grader</source>
        <translation>Bewertungsmodell für Evaluierungen</translation>
    </message>
    <message>
        <source>Endpoint &amp;URL:</source>
        <translation>Endpunkt-&amp;URL:</translation>
    </message>
    <message>
        <source>Mo&amp;del:</source>
        <translation>Mo&amp;dell:</translation>
    </message>
    <message>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <source>llama.cpp server</source>
        <translation>llama.cpp-Server</translation>
    </message>
    <message>
        <source>vLLM</source>
        <translation>vLLM</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>stored in the desktop's secret store</source>
        <translation>wird im Schlüsselbund des Desktops gespeichert</translation>
    </message>
    <message>
        <source>&amp;Forget Key</source>
        <translation>Schlüssel &amp;vergessen</translation>
    </message>
    <message>
        <source>The key goes to the desktop's secret store, never into the settings file, the workspace or a log. SPECWRIGHT_LLM_API_KEY or OPENAI_API_KEY is used when no key is stored.</source>
        <translation>Der Schlüssel kommt in den Schlüsselbund des Desktops, nie in die Einstellungsdatei, den Arbeitsbereich oder ein Protokoll. Ist kein Schlüssel gespeichert, gilt SPECWRIGHT_LLM_API_KEY oder OPENAI_API_KEY.</translation>
    </message>
    <message>
        <source>P&amp;reset:</source>
        <translation>&amp;Vorgabe:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>No secret store: the key comes from the environment.</source>
        <translation>Kein Schlüsselbund: der Schlüssel kommt aus der Umgebung.</translation>
    </message>
    <message>
        <source>No secret store here: the key comes from the environment.</source>
        <translation>Kein Schlüsselbund vorhanden: der Schlüssel kommt aus der Umgebung.</translation>
    </message>
    <message>
        <source>A key is stored.</source>
        <translation>Ein Schlüssel ist gespeichert.</translation>
    </message>
    <message>
        <source>No key is stored.</source>
        <translation>Kein Schlüssel gespeichert.</translation>
    </message>
</context>
<context>
    <name>Specwright::ShortcutReferenceDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter by command or key</source>
        <translation>Nach Befehl oder Taste filtern</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
</context>
<context>
    <name>Specwright::SpecEditor</name>
    <message>
        <source>No problems here</source>
        <translation>Hier gibt es keine Probleme</translation>
    </message>
    <message>
        <source>No quick fix for: %1</source>
        <translation>Keine Schnellkorrektur für: %1</translation>
    </message>
</context>
<context>
    <name>Specwright::StartPage</name>
    <message>
        <source>Specwright</source>
        <translation>Specwright</translation>
    </message>
    <message>
        <source>Write the intent, pin it down with examples, keep it in git.</source>
        <translation>Die Absicht aufschreiben, mit Beispielen festnageln, in git aufbewahren.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen …</translation>
    </message>
    <message>
        <source>A workspace: a folder of specs, usually a git repository</source>
        <translation>Ein Arbeitsbereich: ein Ordner mit Spezifikationen, meist ein git-Repository</translation>
    </message>
    <message>
        <source>Open &amp;File…</source>
        <translation>&amp;Datei öffnen …</translation>
    </message>
    <message>
        <source>One Markdown spec</source>
        <translation>Eine Markdown-Spezifikation</translation>
    </message>
    <message>
        <source>Open the &amp;Sample</source>
        <translation>&amp;Beispiel öffnen</translation>
    </message>
    <message>
        <source>A small bookshop-assistant spec with examples, to look around</source>
        <translation>Eine kleine Spezifikation eines Buchladen-Assistenten mit Beispielen, zum Umsehen</translation>
    </message>
    <message>
        <source>New Spec from a Template</source>
        <translation>Neue Spezifikation aus einer Vorlage</translation>
    </message>
    <message>
        <source>&amp;Model Spec Style</source>
        <translation>Im Stil der &amp;Model Spec</translation>
    </message>
    <message>
        <source>Sections with ids and authority, examples with GOOD and BAD answers</source>
        <translation>Abschnitte mit IDs und Autorität, Beispiele mit GOOD- und BAD-Antworten</translation>
    </message>
    <message>
        <source>Spec-&amp;kit Style</source>
        <translation>Im Stil von Spec-&amp;kit</translation>
    </message>
    <message>
        <source>User stories, FR-### requirements, SC-### success criteria</source>
        <translation>User Stories, Anforderungen FR-###, Erfolgskriterien SC-###</translation>
    </message>
    <message>
        <source>&amp;EARS Requirements</source>
        <translation>&amp;EARS-Anforderungen</translation>
    </message>
    <message>
        <source>WHEN &lt;trigger&gt; THE &lt;system&gt; SHALL &lt;response&gt;, numbered criteria</source>
        <translation>WHEN &lt;Auslöser&gt; THE &lt;System&gt; SHALL &lt;Reaktion&gt;, nummerierte Kriterien</translation>
    </message>
    <message>
        <source>Recent Workspaces</source>
        <translation>Zuletzt geöffnete Arbeitsbereiche</translation>
    </message>
    <message>
        <source>No workspace opened yet.</source>
        <translation>Noch kein Arbeitsbereich geöffnet.</translation>
    </message>
</context>
<context>
    <name>Specwright::StartPageIntegration</name>
    <message>
        <source>Cannot copy the sample to %1.</source>
        <translation>Das Beispiel kann nicht nach %1 kopiert werden.</translation>
    </message>
</context>
<context>
    <name>Specwright::StatusIndicators</name>
    <message>
        <source>Ln %1, Col %2</source>
        <translation>Z. %1, Sp. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ No problems</source>
        <translation>✓ Keine Probleme</translation>
    </message>
    <message>
        <source>%1 error(s), %2 other finding(s)</source>
        <translation>%1 Fehler, %2 weitere Befunde</translation>
    </message>
    <message>
        <source>Edited…</source>
        <translation>Bearbeitet …</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfe …</translation>
    </message>
</context>
<context>
    <name>Specwright::TextFileCodec</name>
    <message>
        <source>%1 with BOM</source>
        <translation>%1 mit BOM</translation>
    </message>
</context>
<context>
    <name>Specwright::TraceIntegration</name>
    <message>
        <source>Traceability</source>
        <translation>Rückverfolgbarkeit</translation>
    </message>
</context>
<context>
    <name>Specwright::TraceMatrixModel</name>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>%1 %2 in %3, line %4</source>
        <translation>%1 %2 in %3, Zeile %4</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Designs</source>
        <translation>Entwürfe</translation>
    </message>
</context>
<context>
    <name>Specwright::TraceabilityPanel</name>
    <message>
        <source>Only gaps</source>
        <translation>Nur Lücken</translation>
    </message>
    <message>
        <source>Open a folder to see which tasks, tests and examples cover its requirements.</source>
        <translation>Öffnen Sie einen Ordner, um zu sehen, welche Aufgaben, Tests und Beispiele seine Anforderungen abdecken.</translation>
    </message>
    <message>
        <source>%1 requirements, %2 not covered; %3 references, %4 broken</source>
        <translation>%1 Anforderungen, %2 nicht abgedeckt; %3 Verweise, %4 defekt</translation>
    </message>
</context>
<context>
    <name>Specwright::TrustIntegration</name>
    <message>
        <source>Workspace trust</source>
        <translation>Vertrauen in den Arbeitsbereich</translation>
    </message>
</context>
<context>
    <name>Specwright::WorkspaceTrustBar</name>
    <message>
        <source>Do you trust the authors of %1? Until you do, Specwright runs no LLM generator, no eval and no template from this workspace's specwright.toml. Reading, linting and diffing work either way.</source>
        <translation>Vertrauen Sie den Autoren von %1? Bis dahin führt Specwright keinen LLM-Generator, keine Evaluierung und keine Vorlage aus der specwright.toml dieses Arbeitsbereichs aus. Lesen, Prüfen und Vergleichen funktionieren in jedem Fall.</translation>
    </message>
    <message>
        <source>&amp;Trust This Workspace</source>
        <translation>Diesem Arbeitsbereich &amp;vertrauen</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>Specwright::WritingIntegration</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Focus Mode</source>
        <translation>&amp;Fokusmodus</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SpellingRule</name>
    <message>
        <source>Word the dictionary does not know</source>
        <translation>Wort, das das Wörterbuch nicht kennt</translation>
    </message>
    <message>
        <source>A lower-case word of the prose is not in the hunspell dictionary ([spelling] language, en_US by default) nor in the workspace words ([spelling] words = [...] and specwright-words.txt). Code, identifiers, URLs, ids, capitalised names and words used in the document's code are not checked. Quick fixes: the dictionary's suggestions, or add the word to the workspace dictionary.</source>
        <translation>Ein kleingeschriebenes Wort des Fließtexts steht weder im hunspell-Wörterbuch ([spelling] language, standardmäßig en_US) noch in den Wörtern des Arbeitsbereichs ([spelling] words = [...] und specwright-words.txt). Code, Bezeichner, URLs, IDs, großgeschriebene Namen und Wörter aus dem Code des Dokuments werden nicht geprüft. Schnellkorrekturen: die Vorschläge des Wörterbuchs oder das Wort ins Wörterbuch des Arbeitsbereichs aufnehmen.</translation>
    </message>
    <message>
        <source>spelling not checked: no %1 dictionary is installed (on Debian and Ubuntu: sudo apt install hunspell-%2)</source>
        <translation>Rechtschreibung nicht geprüft: kein %1-Wörterbuch installiert (unter Debian und Ubuntu: sudo apt install hunspell-%2)</translation>
    </message>
    <message>
        <source>Change to "%1"</source>
        <translation>In „%1“ ändern</translation>
    </message>
    <message>
        <source>Add "%1" to the workspace dictionary</source>
        <translation>„%1“ zum Wörterbuch des Arbeitsbereichs hinzufügen</translation>
    </message>
    <message>
        <source>"%1" is not in the dictionary</source>
        <translation>„%1“ steht nicht im Wörterbuch</translation>
    </message>
</context>
<context>
    <name>TemplateGenerator</name>
    <message>
        <source>template %1: %2</source>
        <translation>Vorlage %1: %2</translation>
    </message>
    <message>
        <source>generator "%1" names no template file</source>
        <translation>Generator „%1“ nennt keine Vorlagendatei</translation>
    </message>
    <message>
        <source>rendering template %1</source>
        <translation>Vorlage %1 wird gerendert</translation>
    </message>
</context>
<context>
    <name>TermRules</name>
    <message>
        <source>A term is written differently from the module that defines it</source>
        <translation>Ein Begriff ist anders geschrieben als im Modul, das ihn definiert</translation>
    </message>
    <message>
        <source>A module writes a term defined in another module (a glossary or terminology section, a key entity, an attribute) in a form the defining module does not use: other hyphenation or spacing ("event-format" for "event format"), or another case of a code-like name ("dataContentType" for "datacontenttype"). The quick fix writes the defining module's form.</source>
        <translation>Ein Modul schreibt einen Begriff, den ein anderes Modul definiert (ein Glossar- oder Terminologieabschnitt, eine Schlüsselentität, ein Attribut), in einer Form, die das definierende Modul nicht verwendet: andere Bindestriche oder Leerzeichen („event-format“ statt „event format“) oder eine andere Schreibung eines codeartigen Namens („dataContentType“ statt „datacontenttype“). Die Schnellkorrektur schreibt die Form des definierenden Moduls.</translation>
    </message>
    <message>
        <source>A defined term is used nowhere</source>
        <translation>Ein definierter Begriff wird nirgends verwendet</translation>
    </message>
    <message>
        <source>A term defined in a glossary, terminology or key-entity section is not written anywhere else in the workspace.</source>
        <translation>Ein Begriff, der in einem Glossar-, Terminologie- oder Schlüsselentitäten-Abschnitt definiert ist, steht nirgends sonst im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>A name is used as a defined term but defined nowhere</source>
        <translation>Ein Name wird als definierter Begriff verwendet, ist aber nirgends definiert</translation>
    </message>
    <message>
        <source>An EARS sentence names its system ("THE Auth_Service SHALL ..."), but no glossary or terminology section of the workspace defines that name.</source>
        <translation>Ein EARS-Satz nennt sein System („THE Auth_Service SHALL …“), aber kein Glossar- oder Terminologieabschnitt des Arbeitsbereichs definiert diesen Namen.</translation>
    </message>
    <message>
        <source>Write "%1"</source>
        <translation>„%1“ schreiben</translation>
    </message>
    <message>
        <source>"%1" is written "%2" in %3, which defines it</source>
        <translation>„%1“ wird in %3, das den Begriff definiert, „%2“ geschrieben</translation>
    </message>
    <message>
        <source>the term "%1" is defined here but used nowhere</source>
        <translation>der Begriff „%1“ ist hier definiert, wird aber nirgends verwendet</translation>
    </message>
    <message>
        <source>"%1" is used as a defined name, but no glossary defines it</source>
        <translation>„%1“ wird als definierter Name verwendet, aber kein Glossar definiert ihn</translation>
    </message>
</context>
<context>
    <name>TraceCommand</name>
    <message>
        <source>Traceability</source>
        <translation>Rückverfolgbarkeit</translation>
    </message>
    <message>
        <source>%1 requirements, %2 not covered; %3 references, %4 broken</source>
        <translation>%1 Anforderungen, %2 nicht abgedeckt; %3 Verweise, %4 defekt</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Defined in</source>
        <translation>Definiert in</translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation>Abgedeckt durch</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Broken references</source>
        <translation>Defekte Verweise</translation>
    </message>
    <message>
        <source>NOT COVERED</source>
        <translation>NICHT ABGEDECKT</translation>
    </message>
    <message>
        <source>covered by %1</source>
        <translation>abgedeckt durch %1</translation>
    </message>
    <message>
        <source>broken reference to %1</source>
        <translation>defekter Verweis auf %1</translation>
    </message>
    <message>
        <source>trace: --format takes text, json, csv or html</source>
        <translation>trace: --format erwartet text, json, csv oder html</translation>
    </message>
    <message>
        <source>usage: specc trace [--format text|json|csv|html] [--fail-uncovered] [PATHS]</source>
        <translation>Aufruf: specc trace [--format text|json|csv|html] [--fail-uncovered] [PFADE]</translation>
    </message>
    <message>
        <source>trace: --format %1 takes one folder or file</source>
        <translation>trace: --format %1 erwartet einen Ordner oder eine Datei</translation>
    </message>
    <message>
        <source>cannot read %1: no such file or folder</source>
        <translation>%1 kann nicht gelesen werden: keine solche Datei und kein solcher Ordner</translation>
    </message>
</context>
<context>
    <name>TraceConfig</name>
    <message>
        <source>specwright.toml line %1: a [trace] pattern must be a string</source>
        <translation>specwright.toml Zeile %1: ein [trace]-Muster muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>specwright.toml line %1: the [trace] pattern "%2" is not a valid regular expression (%3); it is ignored</source>
        <translation>specwright.toml Zeile %1: das [trace]-Muster „%2“ ist kein gültiger regulärer Ausdruck (%3); es wird ignoriert</translation>
    </message>
</context>
<context>
    <name>TraceRules</name>
    <message>
        <source>requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>acceptance criterion</source>
        <translation>Akzeptanzkriterium</translation>
    </message>
    <message>
        <source>functional requirement</source>
        <translation>funktionale Anforderung</translation>
    </message>
    <message>
        <source>success criterion</source>
        <translation>Erfolgskriterium</translation>
    </message>
    <message>
        <source>user story</source>
        <translation>User Story</translation>
    </message>
    <message>
        <source>A trace reference names a requirement that does not exist</source>
        <translation>Ein Trace-Verweis nennt eine Anforderung, die es nicht gibt</translation>
    </message>
    <message>
        <source>A task, design, plan or test cites a requirement id (Kiro "_Requirements: 1.2_", spec-kit FR-###, SC-###, [US#], or a [trace] pattern of specwright.toml) that no spec in its feature folder defines. Ids resolve in the citing file's folder first, then in its parent folders.</source>
        <translation>Eine Aufgabe, ein Entwurf, ein Plan oder ein Test zitiert eine Anforderungs-ID (Kiro „_Requirements: 1.2_“, spec-kit FR-###, SC-###, [US#] oder ein [trace]-Muster aus specwright.toml), die keine Spezifikation im Feature-Ordner definiert. IDs werden zuerst im Ordner der zitierenden Datei aufgelöst, dann in seinen übergeordneten Ordnern.</translation>
    </message>
    <message>
        <source>A requirement id is defined twice in one feature</source>
        <translation>Eine Anforderungs-ID ist in einem Feature doppelt definiert</translation>
    </message>
    <message>
        <source>Two requirements of the same folder carry the same id, so a reference to it is ambiguous. The quick fix renumbers the later one to the next free id.</source>
        <translation>Zwei Anforderungen desselben Ordners tragen dieselbe ID, daher ist ein Verweis darauf mehrdeutig. Die Schnellkorrektur nummeriert die spätere auf die nächste freie ID um.</translation>
    </message>
    <message>
        <source>No task, test or example covers a requirement</source>
        <translation>Keine Aufgabe, kein Test und kein Beispiel deckt eine Anforderung ab</translation>
    </message>
    <message>
        <source>Nothing traces to this requirement: no task cites it, no test file or example names it, and no design validates it. A Kiro requirement is covered when one of its acceptance criteria is.</source>
        <translation>Nichts verweist auf diese Anforderung: keine Aufgabe zitiert sie, keine Testdatei und kein Beispiel nennt sie, und kein Entwurf validiert sie. Eine Kiro-Anforderung ist abgedeckt, wenn eines ihrer Akzeptanzkriterien abgedeckt ist.</translation>
    </message>
    <message>
        <source>A task cites no requirement</source>
        <translation>Eine Aufgabe zitiert keine Anforderung</translation>
    </message>
    <message>
        <source>A task of a tasks file cites no requirement, criterion or user story, and neither do the tasks around it, so nothing says why it exists.</source>
        <translation>Eine Aufgabe einer Aufgabendatei zitiert keine Anforderung, kein Kriterium und keine User Story, und die Aufgaben um sie herum auch nicht; nichts sagt, warum es sie gibt.</translation>
    </message>
    <message>
        <source>A versioned document changed without a version bump</source>
        <translation>Ein versioniertes Dokument wurde ohne Versionssprung geändert</translation>
    </message>
    <message>
        <source>A constitution or another document with a version line changed since its last commit (or in its last commit) while its version and its "last amended" date stayed the same.</source>
        <translation>Eine Verfassung oder ein anderes Dokument mit Versionszeile wurde seit dem letzten Commit (oder im letzten Commit) geändert, während Version und Datum der letzten Änderung gleich blieben.</translation>
    </message>
    <message>
        <source>Change to %1</source>
        <translation>In %1 ändern</translation>
    </message>
    <message>
        <source>"%1" names no requirement of this feature</source>
        <translation>„%1“ nennt keine Anforderung dieses Features</translation>
    </message>
    <message>
        <source>Renumber to %1</source>
        <translation>In %1 umnummerieren</translation>
    </message>
    <message>
        <source>%1 is already defined in %2 line %3</source>
        <translation>%1 ist bereits in %2, Zeile %3 definiert</translation>
    </message>
    <message>
        <source>%1 is defined twice</source>
        <translation>%1 ist doppelt definiert</translation>
    </message>
    <message>
        <source>no task, test or example covers %1 %2</source>
        <translation>keine Aufgabe, kein Test und kein Beispiel deckt %1 %2 ab</translation>
    </message>
    <message>
        <source>this task cites no requirement</source>
        <translation>diese Aufgabe zitiert keine Anforderung</translation>
    </message>
    <message>
        <source>task %1 cites no requirement</source>
        <translation>Aufgabe %1 zitiert keine Anforderung</translation>
    </message>
    <message>
        <source>the text changed but the version is still %1</source>
        <translation>der Text wurde geändert, aber die Version ist noch %1</translation>
    </message>
    <message>
        <source>the text changed but the version is still %1 and the last amendment still %2</source>
        <translation>der Text wurde geändert, aber die Version ist noch %1 und die letzte Änderung noch %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Spec-authoring IDE</source>
        <translation>IDE zum Schreiben von Spezifikationen</translation>
    </message>
    <message>
        <source>A workspace folder or spec file to open.</source>
        <translation>Ein Arbeitsbereichsordner oder eine Spezifikationsdatei zum Öffnen.</translation>
    </message>
</context>
<context>
    <name>specc</name>
    <message>
        <source>print the section tree of a spec</source>
        <translation>den Abschnittsbaum einer Spezifikation ausgeben</translation>
    </message>
    <message>
        <source>usage: specc COMMAND [OPTIONS] ARGS</source>
        <translation>Aufruf: specc BEFEHL [OPTIONEN] ARGUMENTE</translation>
    </message>
    <message>
        <source>commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>unknown command "%1"; see specc --help</source>
        <translation>unbekannter Befehl „%1“; siehe specc --help</translation>
    </message>
    <message>
        <source>compare two versions of a spec section by section</source>
        <translation>zwei Versionen einer Spezifikation abschnittsweise vergleichen</translation>
    </message>
    <message>
        <source>check specs for broken references, ambiguity and style</source>
        <translation>Spezifikationen auf defekte Verweise, Mehrdeutigkeit und Stil prüfen</translation>
    </message>
    <message>
        <source>list the examples of a spec: turns, decision points, labels</source>
        <translation>die Beispiele einer Spezifikation auflisten: Gesprächsschritte, Entscheidungspunkte, Bewertungen</translation>
    </message>
    <message>
        <source>run the spec's examples against a model and grade them</source>
        <translation>die Beispiele der Spezifikation gegen ein Modell ausführen und bewerten</translation>
    </message>
    <message>
        <source>write docs, test skeletons and eval suites from a spec</source>
        <translation>Dokumentation, Testgerüste und Evaluationssuiten aus einer Spezifikation erzeugen</translation>
    </message>
    <message>
        <source>list requirements, what covers them and broken references</source>
        <translation>Anforderungen auflisten, was sie abdeckt und defekte Verweise</translation>
    </message>
</context>
</TS>