"""The detection layer: shared parts every rule composes.

Rules say *what* Amazon forbids; the parts here say *how* text is read, once, for all of
them. Each module documents what it guarantees and has its own tests:

- `normalise`: text as the matchers read it (lower-cased, whitespace folded), with a map
  back to offsets in the original text;
- `phrases`: the one matcher for the per-language word lists of the policy (whole words,
  `word*` stems, Japanese/Chinese anywhere), on Aho-Corasick;
- `sentences`: the one splitter of text into sentences and lines, and word counts;
- `css`: CSS of style attributes and sheets (tinycss2): declarations, blocks, `url()`,
  byte-exact edits; `style`: the url() helpers of the style and image rules;
- `urls`: web addresses in text (linkify-it-py, tldextract's bundled public-suffix list);
- `addresses`: e-mail addresses, plain and disguised;
- `phones`: phone numbers (phonenumbers);
- `runs`: the editable text runs of a message's body parts, with their quoted flags;
- `links`: every link of a message, classified by the link rule it breaks.

Nothing here imports a rule module or `policies.config` at run time.
"""
