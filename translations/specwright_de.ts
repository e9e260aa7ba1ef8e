<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
<context>
    <name>AmendmentCommitter</name>
    <message>
        <source>Amend %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed sections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository is bare: there is no working file to commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A merge (or another git operation) is in progress. Finish or abort it before committing an amendment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAD is detached: the commit would not be on any branch. Check out a branch first, or confirm that you want to commit on a detached HEAD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not inside the repository&apos;s working folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>Enter the base URL of an OpenAI-compatible API, e.g. http://127.0.0.1:8080/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExampleHtmlWriter</name>
    <message>
        <source>GOOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>violates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExampleParser</name>
    <message>
        <source>line %1: text outside of a turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; opened on line %2 is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;comparison&gt; is never closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitBlob</name>
    <message>
        <source>Cannot read blob %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitCommit</name>
    <message>
        <source>Cannot read commit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the tree of commit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitIndex</name>
    <message>
        <source>Cannot open the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a tree from the index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitLibrary</name>
    <message>
        <source>git error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitRepository</name>
    <message>
        <source>%1 is not inside a git repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the repository at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a repository at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository has no commits yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot resolve HEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown revision &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name a commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot walk the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot blame %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the tree to commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot detach HEAD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitSignature</name>
    <message>
        <source>No author identity is configured. Set user.name and user.email in your git configuration before committing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitTree</name>
    <message>
        <source>Cannot read tree %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadingAttributes</name>
    <message>
        <source>empty %1 in attribute block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; has no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated quote in attribute &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlineCommand</name>
    <message>
        <source>%1: sections %2, examples %3, statements %4, references %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[examples: %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outline: unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: specc outline FILE [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionBlame</name>
    <message>
        <source>%1 is not in the last commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is binary or too large to blame</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpecDocument</name>
    <message>
        <source>the file is not valid UTF-8 (first bad byte on line %1); invalid bytes are shown as �</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpecHtmlRenderer</name>
    <message>
        <source>Authority level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken reference: no section &quot;%1&quot; in this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken reference: &quot;%1&quot; not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpecParser</name>
    <message>
        <source>the id &quot;%1&quot; is already used by &quot;%2&quot; on line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code fence opened on line %1 is never closed; it runs to the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is %2 characters long</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Specwright::AboutDialog</name>
    <message>
        <source>application framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syntax highlighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generator templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>icons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown parser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git history and commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPL-2.0-only with linking exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>word differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading specwright.toml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Specwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Specwright %1&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IDE for specifications: Markdown documents that state the intent of a system, with examples, kept in git, linted like code and compiled into code, tests and documentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specwright is built on these libraries:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Specwright::EditorPane</name>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Word Wrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick Fix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line (1–%1):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Specwright::FindReplaceBar</name>
    <message>
        <source>Re&amp;gex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n replacement(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Specwright::MainWindow</name>
    <message>
        <source>Specwright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Specwright</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Specwright::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect from each file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 2119 keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model Spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spec Kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EARS requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model name, e.g. gpt-4o-mini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is not stored in the settings; it is read from the environment when a generator runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LLM generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Specwright::SpecEditor</name>
    <message>
        <source>No problems here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quick fix for: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Spec-authoring IDE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace folder or spec file to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>specc</name>
    <message>
        <source>print the section tree of a spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: specc COMMAND [OPTIONS] ARGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see specc --help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
