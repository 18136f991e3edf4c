/* blocks.h — FRUS document text, cut into blocks.
 *
 * The first stage of frus-txt2tei: the text as copied from a document page
 * of history.state.gov is split into lines and each line is classified
 * (heading, dateline, list head, bullet item, numbered label, paragraph,
 * run-in section title, page break, signature) and the footnotes at the end
 * are collected.  No XML here: tei.h turns the result into a TEI tree. */
#ifndef FRUS_BLOCKS_H
#define FRUS_BLOCKS_H

#include <stddef.h>
#include "frus/text.h"

enum frus_block_kind {
	FRUS_B_P,          /* paragraph */
	FRUS_B_SECTION,    /* run-in section title: "Problem:", "a. objectives" */
	FRUS_B_DATELINE,   /* "Washington, July 27, 1962." */
	FRUS_B_LISTHEAD,   /* "SUBJECT", "PARTICIPANTS" */
	FRUS_B_ITEM,       /* "  • text" (depth 1), "    • text" (depth 2) … */
	FRUS_B_LABEL,      /* "1." alone on its line … */
	FRUS_B_LABELITEM,  /* … and the text line that follows it */
	FRUS_B_PB,         /* "[Page 866]" alone on its line */
	FRUS_B_CLOSER,     /* the signature at the end of the body or of an
	                    * attachment: one or more lines (names, titles) */
	FRUS_B_ATTHEAD,    /* "[Tab A]", "Enclosure 1": opens an attachment */
	FRUS_B_SALUTE,     /* "Dear Mr. President:" */
	FRUS_B_COMPCLOSE,  /* "Sincerely," a paragraph before the signature */
	FRUS_B_SOURCE,     /* "[Source: …]" of a document withheld in full */
	FRUS_B_TABLE       /* lines with aligned columns (see table.h) */
};

typedef struct {
	enum frus_block_kind kind;
	const char *text;   /* points into the input buffer; not NUL-terminated */
	size_t len;
	size_t off;         /* byte offset of text in the input */
	long line;
	int depth;          /* FRUS_B_ITEM: nesting, 1 = top */
	int blank_before;   /* blank lines before this block in the input */
	size_t speaker;     /* FRUS_B_P: length of a speaker label ("de la Flor"), or 0 */
	size_t runin;       /* FRUS_B_P: length of a run-in head ("Background."), or 0 */
	/* FRUS_B_CLOSER: bit i set = line i starts a signer (a name); other
	 * lines are titles under the name above; close = the first line is a
	 * complimentary close ("Sincerely,") written right above the name. */
	unsigned names;
	int close;
} frus_block;

typedef struct {
	const char *text;
	size_t len;
	size_t off;
	long line;
} frus_span;

typedef struct {
	char *n;            /* printed mark: "1", "2", …, "a", "b", …, "*", "†" … */
	frus_span *paras;   /* first line, then each indented continuation paragraph */
	size_t npara;
	long line;
} frus_footnote;

typedef struct {
	const frus_text *src;
	char *number;       /* "425", or NULL for an unnumbered document */
	frus_span heading;  /* the whole heading line (number, title, marker) */
	frus_span title;    /* heading without "425. " */
	int blank_after_heading;
	frus_block *blocks;
	size_t nblocks;
	frus_footnote *notes;
	size_t nnotes;
	int editorial;      /* "Editorial Note" */
} frus_doc;

/* Returns 0, or FRUS_EXIT_INVALID after reporting located errors. */
int frus_blocks_parse(frus_doc *doc, const frus_text *src);
void frus_doc_free(frus_doc *doc);

/* Newlines the web copy puts between two blocks (the text transform uses
 * the same rule; extra blank lines become <space>).  prev may be NULL
 * (the heading). */
int frus_blocks_gap(const frus_block *prev, const frus_block *next);

/* Locates "[Page N]" in s: returns its start or NULL; *len gets its length
 * and *n, *nlen the page number. */
const char *frus_find_page(const char *s, size_t slen, size_t *len, const char **n, size_t *nlen);

#endif
