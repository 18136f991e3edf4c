/* blocks.h — FRUS document text, cut into blocks.
 *
 * The first stage of frus-txt2tei: the text as copied from a document page
 * of history.state.gov is split into lines (lines.h), the footnote list at
 * the end is taken off (footnotes.h), and the lines of the body become
 * blocks: paragraphs, list items, closers, tables, page breaks … .  The
 * web copy's layout carries the evidence: paragraphs stand between blank
 * lines, list items, closer lines and table rows follow each other
 * directly, and the last block before the footnotes is followed by them
 * directly only when it is such a line.  Each line's shape (shapes.h) is
 * weighed with its place, in one place (blocks.c); --explain prints why.
 * No XML here: tei.h turns the result into a TEI tree. */
#ifndef FRUS_BLOCKS_H
#define FRUS_BLOCKS_H

#include <stddef.h>
#include "frus/footnotes.h"
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
	FRUS_B_CLOSER,     /* the closer of the body or of an attachment: its
	                    * lines (roles below) */
	FRUS_B_ATTOPEN,    /* "[Enclosure]", "[Tab A]": opens an attachment */
	FRUS_B_ATTHEAD,    /* an attachment's head ("Enclosure 1", or the title
	                    * after "[Enclosure]"); opens one if none is open */
	FRUS_B_SALUTE,     /* "Dear Mr. President:" */
	FRUS_B_COMPCLOSE,  /* "Sincerely," a paragraph before the signature */
	FRUS_B_SOURCE,     /* a source line: "[Source: …]" of a document withheld
	                    * in full, "838.00/2159: Telegram" before the text */
	FRUS_B_OPENER,     /* "No. 632", "top secret", "[Paraphrase]" */
	FRUS_B_LINES,      /* a paragraph of several lines (line breaks kept) */
	FRUS_B_ITEMPARA,   /* "    text": a further paragraph of the list item above */
	FRUS_B_TABLE       /* rows: cells apart by tabs or aligned columns */
};

/* The lines of a closer. */
enum frus_closer_role {
	FRUS_CL_TEXT,      /* "For the Secretary of State:", a line of its own */
	FRUS_CL_SALUTE,    /* "Sincerely," right above the name */
	FRUS_CL_NAME,      /* a signer */
	FRUS_CL_TITLE,     /* a title under the name above */
	FRUS_CL_DATE       /* "January 9, 1919." */
};
#define FRUS_CLOSER_MAX 16

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
	const char *ltype;  /* FRUS_B_LISTHEAD: the list's type, or NULL */
	const char *rend;   /* FRUS_B_SECTION: "sectiontitleital" or "center" */
	int smallcaps;      /* FRUS_B_SECTION, FRUS_B_OPENER: printed in small capitals */
	int opens;          /* the block starts a new attachment */
	int postscript;     /* written under the closer (an addressee, a P.S.) */
	int nlines;         /* FRUS_B_CLOSER: its lines and what each is */
	unsigned char role[FRUS_CLOSER_MAX];
	const char *why;    /* the evidence that decided the kind (--explain) */
} frus_block;


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

/* Prints, for every block, the kind chosen and the evidence (on stderr,
 * as "file:line: kind: why"); set by --explain. */
extern int frus_blocks_explain;

/* Returns 0, or FRUS_EXIT_INVALID after reporting located errors. */
int frus_blocks_parse(frus_doc *d, const frus_text *src);
void frus_doc_free(frus_doc *d);

/* Newlines the web copy puts between two blocks (the text transform uses
 * the same rule; extra blank lines become <space>).  prev may be NULL
 * (the heading). */
int frus_blocks_gap(const frus_block *prev, const frus_block *next);

/* A short name for a kind, for messages. */
const char *frus_block_kind_name(enum frus_block_kind k);

#endif
