/* rules-ctx.h — one check of a document by the built-in rules (rules.h):
 * what rules.c's two walks keep and every rule family (rules-*.c) reads —
 * the ids, the facts of the first walk, the header's dates, the open
 * elements and the trackers of preceding:: — and the findings, with the
 * way a family adds one.  Static inline, as rules-xpath.h says why. */
#ifndef FRUS_RULES_CTX_H
#define FRUS_RULES_CTX_H

#include <stddef.h>
#include <libxml/hash.h>
#include <libxml/tree.h>
#include "frus/diags.h"
#include "frus/err.h"
#include "frus/rules-xpath.h"
#include "frus/xpath2.h"

/* The patterns of frus.sch, in order: findings are sorted by them. */
enum { P_IDS = 1, P_ROOT, P_HEADER, P_IDPAT, P_DIVISIONS, P_SOURCE, P_DATELINES, P_DATES,
       P_STRUCTURE, P_BREAKS, P_RENDITIONS, P_PHRASES, P_SIGNERS, P_LISTS, P_LISTDIVS,
       P_CHARS, P_EQUOTES };

/* Facts about an element's descendants (not the element itself). */
enum {
	D_NOTE = 1 << 0,          /* .//tei:note */
	D_TABLE = 1 << 1,         /* .//tei:table */
	D_DOCDIV = 1 << 2,        /* .//tei:div[@type = 'document' or 'document-pending'] */
	D_SPECDIV = 1 << 3,       /* .//tei:div[@subtype = index, referral, editorial-note] */
	D_TERMID = 1 << 4,        /* .//tei:term/@xml:id */
	D_PERSID = 1 << 5,        /* .//tei:persName/@xml:id */
	D_DL_NA = 1 << 6,         /* .//tei:dateline[not(ancestor::frus:attachment)] */
	D_DATED_DL_NA = 1 << 7,   /* the same with a date */
	D_DATED_DL = 1 << 8,      /* .//tei:dateline//tei:date */
	D_DATE = 1 << 9,          /* .//tei:date */
	D_GGS = 1 << 10,          /* .//tei:graphic, gap or space */
	D_PERS_NN = 1 << 11,      /* .//tei:persName[not(ancestor::tei:note)] */
	D_AFFIL = 1 << 12         /* .//tei:affiliation */
};

typedef struct {
	int pat;
	unsigned long order;
	unsigned long seq;
	enum frus_severity sev;
	const char *id;
	char *msg;
	xmlNodePtr node;        /* NULL: the document node */
} finding;

typedef struct {           /* an earlier element, for preceding:: */
	xmlNodePtr n;
	unsigned long order;
} mark;

typedef struct {
	xmlNodePtr pb;
	unsigned long order;
	int edge;
	xmlNodePtr before;      /* preceding::text()[1] */
} pending_break;

typedef struct frus_rules_ctx {
	xmlDocPtr doc;
	frus_re_cache *re;
	xmlHashTablePtr ids;            /* xml:id -> first element */
	xmlHashTablePtr renditions;     /* xml:id of the tei:rendition elements */
	unsigned *flags;                /* facts, by element number */
	size_t nflags, capflags;
	int volume, notes_required, dates_known;
	/* documents with an integer n: how many, the first and last */
	unsigned long ndocs;
	const char *first_n, *last_n;

	/* second walk */
	unsigned long order, seq;
	size_t elem;                    /* element number */
	struct open {                   /* the open elements: the ancestors */
		xmlNodePtr n;
		unsigned long order;
		size_t elem;
	} *stack;
	size_t depth, capstack;
	mark prev_div, prev_note;       /* latest-starting closed numbered div, note */
	int closed_docdiv;              /* a document div has closed */
	xmlNodePtr last_text;
	pending_break *breaks;
	size_t nbreaks, capbreaks;
	finding *v;
	size_t nv, capv;
	sb msg, tmp, tmp2;
} frus_rules_ctx;

/* normalize-space(string(n)) into b (b reset first). */
static inline const char *
norm_value(frus_rules_ctx *r, xmlNodePtr n, sb *b)
{
	sb_reset(&r->tmp2);
	if (n)
		string_value(n, &r->tmp2);
	sb_reset(b);
	normalize(r->tmp2.s, b);
	return b->s;
}

static inline xmlNodePtr
lookup(frus_rules_ctx *r, const char *id)
{
	return id ? xmlHashLookup(r->ids, (const xmlChar *)id) : NULL;
}

static inline int
numbered(xmlNodePtr n)
{
	return all_digits(A(n, "n"));
}

static inline int
doc_div(xmlNodePtr n)
{
	const char *t = T(n, "div") ? A(n, "type") : NULL;
	return eq(t, "document") || eq(t, "document-pending");
}

/* The nearest ancestor tei:div (its place on the stack in *at). */
static inline xmlNodePtr
nearest_div(frus_rules_ctx *r, size_t *at)
{
	for (size_t i = r->depth; i-- > 0;)
		if (T(r->stack[i].n, "div")) {
			if (at)
				*at = i;
			return r->stack[i].n;
		}
	return NULL;
}

static inline int
matches(frus_rules_ctx *r, const char *s, const char *re)
{
	return frus_re_matches(r->re, (const xmlChar *)(s ? s : ""), re) > 0;
}

/* EXSLT str:tokenize with its default delimiters: calls fn for each token. */
static inline int
any_token(const char *s, int (*fn)(frus_rules_ctx *, const char *, size_t), frus_rules_ctx *r)
{
	while (s && *s) {
		while (*s && frus_is_space((unsigned char)*s))
			s++;
		size_t k = 0;
		while (s[k] && !frus_is_space((unsigned char)s[k]))
			k++;
		if (k && fn(r, s, k))
			return 1;
		s += k;
	}
	return 0;
}

/* ---- findings ---- */

static inline void
add(frus_rules_ctx *r, int pat, unsigned long order, xmlNodePtr node, enum frus_severity sev, const char *id)
{
	if (r->nv == r->capv) {
		r->capv = r->capv ? 2 * r->capv : 64;
		r->v = frus_xrealloc(r->v, r->capv * sizeof *r->v);
	}
	finding *f = &r->v[r->nv++];
	f->pat = pat;
	f->order = order;
	f->seq = r->seq++;
	f->sev = sev;
	f->id = id;
	f->msg = frus_xstrdup(r->msg.s ? r->msg.s : "");
	f->node = node;
}

#define E FRUS_SEV_ERROR
#define W FRUS_SEV_WARNING
/* The message: MSG(...) pieces appended to r->msg. */
#define MSG_START() sb_reset(&r->msg)
#define M(s) sb_cat(&r->msg, (s))

#endif
