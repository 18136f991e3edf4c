/* shapes.h — what one line of a FRUS document looks like.
 *
 * Small recognisers, one per shape, each looking at a line's text alone
 * (s[0..n), indentation removed).  They give evidence, not decisions:
 * blocks.c weighs them with the line's place in the document (first
 * after the heading, last before the footnotes, after a complimentary
 * close …) and decides in one place. */
#ifndef FRUS_SHAPES_H
#define FRUS_SHAPES_H

#include <stddef.h>

/* A signer's name: 0 no; 1 a single capitalised word ("Grew", "Hull"),
 * which may also be a heading; 2 a name of several words, capitals or
 * initials ("J. C. Grew", "HAMILTON FISH.", "C[ordell] H[ull]", "JFD",
 * "George R. Merrell, Jr.", "Dean Rusk3" with a glued footnote marker). */
int frus_shape_name(const char *s, size_t n);

/* The length of the name in a signature line that may carry the
 * signer's title after a comma ("P. C. Knox, Attorney-General."): n for a
 * name alone, 0 for no name. */
size_t frus_shape_name_part(const char *s, size_t n);

/* A title under a signer's name ("Acting Chief of Staff", "Admiral,
 * U.S. Navy"). */
int frus_shape_title(const char *s, size_t n);

/* A complimentary close: "Sincerely yours,", "I have [etc.]", "I am, sir,
 * your obedient servant,", "Respectfully submitted." */
int frus_shape_close(const char *s, size_t n);

/* A salutation: "Dear Mr. President:", "Sir:", "Excellency:". */
int frus_shape_salute(const char *s, size_t n);

/* A date alone ("January 9, 1919."), as closers carry. */
int frus_shape_date(const char *s, size_t n);

/* "1." "12." "a." "(1)" "(a)" alone: the label of a numbered item. */
int frus_shape_label(const char *s, size_t n);

/* A run-in section title: "Problem:", "Recommendations:3",
 * "a. objectives", a run-in head word alone ("Recommendation4"). */
int frus_shape_section(const char *s, size_t n);

/* Length of a run-in head opening a paragraph ("Background."), or 0. */
size_t frus_shape_runin(const char *s, size_t n);

/* Length of a speaker label opening a dialogue turn ("de la Flor: "),
 * or 0; a label that is a field name ("Subject: ") is no speaker. */
size_t frus_shape_speaker(const char *s, size_t n);

/* A list head ("SUBJECT", "PARTICIPANTS", "SUBJ"): 1 and *type its list
 * type ("subject", "participants", or NULL for another head in
 * capitals). */
int frus_shape_listhead(const char *s, size_t n, const char **type);

/* An attachment's opening line: 2 bracketed ("[Enclosure]", "[Tab A]",
 * "[Enclosure 1—Translation]", "[Annex]"), 1 bare ("Enclosure 1", "Tab A",
 * "Attachment"), 0 none. */
int frus_shape_atthead(const char *s, size_t n);

/* A source line before the text: a file number or an archive
 * ("838.00/2159", "793.003/988: Telegram", "Hopkins Papers",
 * "J.C.S. Files"), which the Office encodes as an inline source note. */
int frus_shape_source(const char *s, size_t n);

/* A line of a document's opener: a despatch number ("No. 632"), a
 * classification ("top secret"), a bracketed note on the text
 * ("[Paraphrase]", "[Extract]", "[Translation]"). */
int frus_shape_opener(const char *s, size_t n);

/* A classification marking alone ("Secret.", "Top Secret",
 * "Confidential"). */
int frus_shape_classification(const char *s, size_t n);

/* Could be a heading: one sentence of at most 50 words, not a salutation,
 * a date, a classification or a bracketed remark. */
int frus_shape_title_like(const char *s, size_t n);

/* The addressee written under a letter's closer ("Hon. William H. Seward,
 * Secretary of State, &c."). */
int frus_shape_addressee(const char *s, size_t n);

/* A line naming the enclosure that follows a closer ("A.", "No. 2."). */
int frus_shape_enclosure_label(const char *s, size_t n);

/* A heading standing alone in the text (centring and bold do not survive
 * the copy, the shape does): 3 small capitals, all in lower case ("part
 * i. progress of operations"), 2 a roman numeral or capitals ("IV",
 * "CEYLON SITUATION"), 1 a short line in title case without closing
 * punctuation ("A New Era", "Foreign Assistance Programs") or a question
 * in strict title case ("Does Foreign Aid Work?"), 0 none. */
int frus_shape_heading(const char *s, size_t n);

/* Letters all in lower case: the copy of small capitals ("top secret"),
 * which FRUS TEI keeps in lower case inside hi rend="smallcaps". */
int frus_shape_smallcaps(const char *s, size_t n);

/* A postscript: "P.S.", "PS", "Postscript". */
int frus_shape_postscript(const char *s, size_t n);

#endif
