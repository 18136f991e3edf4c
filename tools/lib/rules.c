/* rules.c — schemas/frus.sch built in (see rules.h).
 *
 * Each rule below is the frus.sch rule of the same id, written for one
 * node at a time.  What the XPath asks about descendants comes from the
 * facts of the first walk; what it asks about earlier nodes (preceding::)
 * from trackers updated as the second walk closes elements, so that no
 * rule looks at more than its node, its neighbours and its ancestors. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/hash.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include "frus/err.h"
#include "frus/rules.h"
#include "frus/textcheck.h"

#define TEI_NS  "http://www.tei-c.org/ns/1.0"
#define FRUS_NS "http://history.state.gov/frus/ns/1.0"

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

/* The expressions frus.sch gives frusx:matches (the same strings). */
#define RE_W3C_DATE "^(-?[0-9]{4,}(-[0-9]{2}(-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?)?)?)?|--[0-9]{2}(-[0-9]{2})?|---[0-9]{2}|[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?)(Z|[+\\-][0-9]{2}:[0-9]{2})?$"
#define RE_DATE_OR_TIME "^-?[0-9]{4,}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?)?(Z|[+\\-][0-9]{2}:[0-9]{2})?$"
#define RE_YEAR_MONTH "^[0-9]{4}(-[0-9]{2})?$"
#define RE_PUNCT_ONLY "^\\p{P}*$"
#define ROMAN "iIvVxXlLcCdDmM"

typedef struct {
	char *s;
	size_t n, cap;
} sb;

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

typedef struct {
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
} R;

/* ---- strings ---- */

static void
sb_catn(sb *b, const char *s, size_t n)
{
	if (b->n + n + 1 > b->cap) {
		b->cap = (b->n + n + 1) * 2;
		b->s = frus_xrealloc(b->s, b->cap);
	}
	memcpy(b->s + b->n, s, n);
	b->n += n;
	b->s[b->n] = '\0';
}

static void
sb_cat(sb *b, const char *s)
{
	sb_catn(b, s ? s : "", s ? strlen(s) : 0);
}

static void
sb_reset(sb *b)
{
	b->n = 0;
	if (b->s)
		b->s[0] = '\0';
	else
		sb_catn(b, "", 0);
}

static void sb_printf(sb *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void
sb_printf(sb *b, const char *fmt, ...)
{
	char buf[64];
	va_list ap;
	va_start(ap, fmt);
	int k = vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	sb_catn(b, buf, k < 0 ? 0 : (size_t)k < sizeof buf ? (size_t)k : sizeof buf - 1);
}

static int
xml_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The string value: the text of every descendant text node. */
static void
string_value(xmlNodePtr n, sb *b)
{
	if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE ||
	    n->type == XML_COMMENT_NODE || n->type == XML_PI_NODE) {
		sb_cat(b, (const char *)n->content);
		return;
	}
	for (xmlNodePtr c = n->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE || c->type == XML_TEXT_NODE ||
		    c->type == XML_CDATA_SECTION_NODE)
			string_value(c, b);
}

/* normalize-space(s) appended to b. */
static void
normalize(const char *s, sb *b)
{
	int space = 0, any = 0;
	for (; *s; s++) {
		if (xml_space((unsigned char)*s)) {
			space = any;
			continue;
		}
		if (space)
			sb_catn(b, " ", 1);
		space = 0;
		any = 1;
		sb_catn(b, s, 1);
	}
}

/* normalize-space(string(n)) into b (b reset first). */
static const char *
norm_value(R *r, xmlNodePtr n, sb *b)
{
	sb_reset(&r->tmp2);
	if (n)
		string_value(n, &r->tmp2);
	sb_reset(b);
	normalize(r->tmp2.s, b);
	return b->s;
}

/* normalize-space(string(n)) = '' without building the string. */
static int
blank(xmlNodePtr n)
{
	if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE ||
	    n->type == XML_COMMENT_NODE || n->type == XML_PI_NODE) {
		for (const xmlChar *p = n->content; p && *p; p++)
			if (!xml_space(*p))
				return 0;
		return 1;
	}
	for (xmlNodePtr c = n->children; c; c = c->next)
		if ((c->type == XML_ELEMENT_NODE || c->type == XML_TEXT_NODE ||
		     c->type == XML_CDATA_SECTION_NODE) && !blank(c))
			return 0;
	return 1;
}

/* The first k characters of s, appended. */
static void
prefix_chars(sb *b, const char *s, long k)
{
	size_t i = 0, len;
	for (long c = 0; c < k && s[i]; c++) {
		frus_utf8_char(s + i, strlen(s + i), &len);
		i += len;
	}
	sb_catn(b, s, i);
}

static size_t
nchars(const char *s)
{
	size_t c = 0, i = 0, len, n = strlen(s);
	while (i < n) {
		frus_utf8_char(s + i, n - i, &len);
		i += len;
		c++;
	}
	return c;
}

/* The last character of s (0 when empty). */
static long
last_char(const char *s)
{
	size_t n = strlen(s), i = n, len;
	if (n == 0)
		return 0;
	while (i > 0 && ((unsigned char)s[i - 1] & 0xC0) == 0x80)
		i--;
	if (i > 0)
		i--;
	return frus_utf8_char(s + i, n - i, &len);
}

static int
starts(const char *s, const char *p)
{
	return s && strncmp(s, p, strlen(p)) == 0;
}

static int
all_digits(const char *s)
{
	if (!s || !*s)
		return 0;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return 0;
	return 1;
}

/* "|a|b|" contains "|s|" */
static int
in_list(const char *list, const char *s)
{
	size_t n = strlen(s);
	for (const char *p = list; (p = strstr(p, s)); p++)
		if (p > list && p[-1] == '|' && p[n] == '|')
			return 1;
	return 0;
}

static double
num(const char *s)
{
	return xmlXPathStringEvalNumber((const xmlChar *)(s ? s : ""));
}

static void
sb_num(sb *b, double d)
{
	xmlChar *s = xmlXPathCastNumberToString(d);
	sb_cat(b, (const char *)s);
	xmlFree(s);
}

/* ---- nodes ---- */

static int
is(xmlNodePtr n, const char *ns, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && n->ns &&
	       strcmp((const char *)n->ns->href, ns) == 0 &&
	       strcmp((const char *)n->name, name) == 0;
}

static int
T(xmlNodePtr n, const char *name)
{
	return is(n, TEI_NS, name);
}

/* An attribute in no namespace (NULL when absent). */
static const char *
A(xmlNodePtr n, const char *name)
{
	for (xmlAttrPtr a = n->properties; a; a = a->next)
		if (!a->ns && strcmp((const char *)a->name, name) == 0)
			return a->children && a->children->content ?
			       (const char *)a->children->content : "";
	return NULL;
}

static const char *
XID(xmlNodePtr n)
{
	for (xmlAttrPtr a = n->properties; a; a = a->next)
		if (a->ns && strcmp((const char *)a->name, "id") == 0 &&
		    strcmp((const char *)a->ns->href, (const char *)XML_XML_NAMESPACE) == 0)
			return a->children && a->children->content ?
			       (const char *)a->children->content : "";
	return NULL;
}

static int
eq(const char *a, const char *b)
{
	return a && b && strcmp(a, b) == 0;
}

/* name(): the qualified name as written. */
static void
qname(sb *b, xmlNodePtr n)
{
	if (!n || (n->type != XML_ELEMENT_NODE && n->type != XML_PI_NODE))
		return;
	if (n->type == XML_ELEMENT_NODE && n->ns && n->ns->prefix) {
		sb_cat(b, (const char *)n->ns->prefix);
		sb_catn(b, ":", 1);
	}
	sb_cat(b, (const char *)n->name);
}

static int
name_is(xmlNodePtr n, const char *q)
{
	if (!n || n->type != XML_ELEMENT_NODE)
		return 0;
	if (n->ns && n->ns->prefix) {
		size_t k = strlen((const char *)n->ns->prefix);
		return strncmp(q, (const char *)n->ns->prefix, k) == 0 && q[k] == ':' &&
		       strcmp(q + k + 1, (const char *)n->name) == 0;
	}
	return strcmp(q, (const char *)n->name) == 0;
}

static int
has_ancestor(xmlNodePtr n, const char *ns, const char *name)
{
	for (xmlNodePtr a = n->parent; a && a->type == XML_ELEMENT_NODE; a = a->parent)
		if (is(a, ns, name))
			return 1;
	return 0;
}

static xmlNodePtr
lookup(R *r, const char *id)
{
	return id ? xmlHashLookup(r->ids, (const xmlChar *)id) : NULL;
}

static int
text_node(xmlNodePtr n)
{
	return n && (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE);
}

static xmlNodePtr
prev_elem(xmlNodePtr n)
{
	for (n = n->prev; n; n = n->prev)
		if (n->type == XML_ELEMENT_NODE)
			return n;
	return NULL;
}

/* preceding-sibling::node()[k]: comments and PIs count, as in XPath. */
static xmlNodePtr
prev_node(xmlNodePtr n, int k)
{
	for (n = n->prev; n; n = n->prev)
		if (n->type == XML_ELEMENT_NODE || text_node(n) || n->type == XML_COMMENT_NODE ||
		    n->type == XML_PI_NODE)
			if (--k == 0)
				return n;
	return NULL;
}

static xmlNodePtr
next_node(xmlNodePtr n)
{
	for (n = n->next; n; n = n->next)
		if (n->type == XML_ELEMENT_NODE || text_node(n) || n->type == XML_COMMENT_NODE ||
		    n->type == XML_PI_NODE)
			return n;
	return NULL;
}

/* A sibling that is an element or has a non-blank string value. */
static int
content_sibling(xmlNodePtr s)
{
	if (s->type == XML_ELEMENT_NODE)
		return 1;
	if (text_node(s) || s->type == XML_COMMENT_NODE || s->type == XML_PI_NODE)
		return !blank(s);
	return 0;
}

static int
first_child(xmlNodePtr n)
{
	for (xmlNodePtr s = n->prev; s; s = s->prev)
		if (content_sibling(s))
			return 0;
	return 1;
}

static int
last_child(xmlNodePtr n)
{
	for (xmlNodePtr s = n->next; s; s = s->next)
		if (content_sibling(s))
			return 0;
	return 1;
}

static int
numbered(xmlNodePtr n)
{
	return all_digits(A(n, "n"));
}

static int
doc_div(xmlNodePtr n)
{
	const char *t = T(n, "div") ? A(n, "type") : NULL;
	return eq(t, "document") || eq(t, "document-pending");
}

/* ---- findings ---- */

static void
add(R *r, int pat, unsigned long order, xmlNodePtr node, enum frus_severity sev, const char *id)
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

/* ---- first walk: facts ---- */

static size_t
new_elem(R *r)
{
	if (r->nflags == r->capflags) {
		r->capflags = r->capflags ? 2 * r->capflags : 1024;
		r->flags = frus_xrealloc(r->flags, r->capflags * sizeof *r->flags);
	}
	r->flags[r->nflags] = 0;
	return r->nflags++;
}

/* The facts of n's descendants into r->flags[n's number]; returns what n
 * and its descendants tell n's ancestors.  attach, notes: frus:attachment
 * and tei:note ancestors of n. */
static unsigned
facts(R *r, xmlNodePtr n, int attach, int notes)
{
	size_t k = new_elem(r);
	const char *id = XID(n);
	if (id)
		xmlHashAddEntry(r->ids, (const xmlChar *)id, n);   /* the first stays */
	if (id && T(n, "rendition"))
		xmlHashAddEntry(r->renditions, (const xmlChar *)id, n);
	if (doc_div(n) && numbered(n)) {
		if (!r->ndocs++)
			r->first_n = A(n, "n");
		r->last_n = A(n, "n");
	}
	int in_attach = attach || is(n, FRUS_NS, "attachment");
	int in_note = notes || T(n, "note");
	unsigned d = 0;
	for (xmlNodePtr c = n->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE)
			d |= facts(r, c, in_attach, in_note);
	r->flags[k] = d;

	unsigned self = 0;
	if (n->ns && strcmp((const char *)n->ns->href, TEI_NS) == 0) {
		const char *nm = (const char *)n->name;
		if (!strcmp(nm, "note"))
			self |= D_NOTE;
		else if (!strcmp(nm, "table"))
			self |= D_TABLE;
		else if (!strcmp(nm, "div")) {
			const char *st = A(n, "subtype");
			if (doc_div(n))
				self |= D_DOCDIV;
			if (eq(st, "index") || eq(st, "referral") || eq(st, "editorial-note"))
				self |= D_SPECDIV;
		} else if (!strcmp(nm, "term") && id)
			self |= D_TERMID;
		else if (!strcmp(nm, "persName")) {
			if (id)
				self |= D_PERSID;
			if (!notes)
				self |= D_PERS_NN;
		} else if (!strcmp(nm, "dateline")) {
			if (!attach)
				self |= D_DL_NA;
			if (d & D_DATE)
				self |= D_DATED_DL | (attach ? 0 : D_DATED_DL_NA);
		} else if (!strcmp(nm, "date"))
			self |= D_DATE;
		else if (!strcmp(nm, "graphic") || !strcmp(nm, "gap") || !strcmp(nm, "space"))
			self |= D_GGS;
		else if (!strcmp(nm, "affiliation"))
			self |= D_AFFIL;
	}
	return d | self;
}

/* The header's dates (frus.sch's $source-notes-required, $dates-known). */
static void
header_facts(R *r, xmlNodePtr n)
{
	for (; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (T(n, "publicationStmt")) {
			for (xmlNodePtr d = n->children; d; d = d->next) {
				if (!T(d, "date"))
					continue;
				const char *type = A(d, "type");
				if (eq(type, "content-date") || eq(type, "publication-date"))
					r->dates_known = 1;
				if (eq(type, "content-date")) {
					const char *nb = A(d, "notBefore");
					sb_reset(&r->tmp);
					if (nb)
						prefix_chars(&r->tmp, nb, 4);
					if (num(r->tmp.s) >= 1950)
						r->notes_required = 1;
				} else if (eq(type, "publication-date")) {
					sb_reset(&r->tmp);
					string_value(d, &r->tmp);
					sb_reset(&r->tmp2);
					prefix_chars(&r->tmp2, r->tmp.s, 4);
					if (num(r->tmp2.s) > 1995 ||
					    (strcmp(r->tmp2.s, "1995") == 0 && nchars(r->tmp.s) > 4))
						r->notes_required = 1;
				}
			}
		}
		header_facts(r, n->children);
	}
}

/* ---- second walk: the rules ---- */

static void
check_root(R *r)
{
	xmlNodePtr pi = NULL, root = xmlDocGetRootElement(r->doc);
	for (xmlNodePtr c = r->doc->children; c; c = c->next)
		if (c->type == XML_PI_NODE) {
			pi = c;
			break;
		}
	if (pi) {
		MSG_START();
		M("processing instruction <?");
		M((const char *)pi->name);
		M("?> outside the root element: remove it before delivery");
		add(r, P_ROOT, 0, NULL, E, "frus-root-pi");
	}
	if (r->volume && !(T(root, "TEI") && XID(root))) {
		MSG_START();
		M("the volume's TEI element has no xml:id (the volume id, e.g. frus1961-63v12)");
		add(r, P_ROOT, 0, NULL, E, "frus-volume-id");
	}
}

static int
count_children(xmlNodePtr n, const char *name, const char *type)
{
	int k = 0;
	for (xmlNodePtr c = n->children; c; c = c->next)
		if (name ? T(c, name) && (!type || eq(A(c, "type"), type)) : c->type == XML_ELEMENT_NODE)
			k++;
	return k;
}

static xmlNodePtr
child(xmlNodePtr n, const char *name)
{
	for (xmlNodePtr c = n->children; c; c = c->next)
		if (T(c, name))
			return c;
	return NULL;
}

static void
check_header(R *r, xmlNodePtr n, unsigned long o)
{
	if (T(n, "fileDesc")) {
		if (r->volume && !(count_children(n, "titleStmt", NULL) == 1 &&
		    count_children(n, "publicationStmt", NULL) == 1 &&
		    count_children(n, "notesStmt", NULL) == 1 &&
		    count_children(n, "sourceDesc", NULL) == 1 && count_children(n, NULL, NULL) == 4)) {
			MSG_START();
			M("fileDesc must hold exactly one titleStmt, publicationStmt, notesStmt and sourceDesc and nothing else (it has ");
			sb_printf(&r->msg, "%d", count_children(n, NULL, NULL));
			M(" elements)");
			add(r, P_HEADER, o, n, E, "frus-header-filedesc");
		}
	} else if (T(n, "title") && T(n->parent, "titleStmt")) {
		const char *type = A(n, "type");
		sb_reset(&r->tmp);
		sb_cat(&r->tmp, "|");
		sb_cat(&r->tmp, type);
		sb_cat(&r->tmp, "|");
		if (r->volume && !(strstr("|complete|series|sub-series|volume-number|volume|", r->tmp.s) &&
		    count_children(n, NULL, NULL) == 0)) {
			MSG_START();
			M("titleStmt/title type=\"");
			M(type);
			M("\": the type is one of complete, series, sub-series, volume-number, volume, and a title holds text only");
			add(r, P_HEADER, o, n, E, "frus-header-title");
		}
	} else if (T(n, "titleStmt")) {
		static const char *const types[] = { "complete", "series", "sub-series", "volume-number", "volume" };
		int ok = 1;
		for (size_t i = 0; i < 5; i++)
			ok &= count_children(n, "title", types[i]) == 1;
		for (xmlNodePtr c = n->children; c && ok; c = c->next) {
			if (!T(c, "title"))
				continue;
			const char *t = A(c, "type");
			if (!t)
				ok = 0;
			for (xmlNodePtr p = c->prev; p && ok; p = p->prev)
				if (T(p, "title") && eq(A(p, "type"), t))
					ok = 0;
		}
		if (r->volume && !ok) {
			MSG_START();
			M("titleStmt needs exactly one title of each type complete, series, sub-series, volume-number and volume");
			add(r, P_HEADER, o, n, E, "frus-header-titles");
		}
	} else if (T(n, "publicationStmt")) {
		int idno = 0, frus = 0;
		for (xmlNodePtr c = n->children; c; c = c->next) {
			if (!T(c, "idno"))
				continue;
			const char *t = A(c, "type");
			if (eq(t, "dospubno") || eq(t, "frus") || eq(t, "isbn-13") || eq(t, "isbn-10"))
				idno = 1;
			if (eq(t, "frus"))
				frus = 1;
		}
		if (r->volume && !(count_children(n, "publisher", NULL) == 1 &&
		    count_children(n, "pubPlace", NULL) == 1 && count_children(n, "date", NULL) == 2 &&
		    idno && frus)) {
			MSG_START();
			M("publicationStmt needs one publisher, one pubPlace, two dates (publication and content) and an idno type=\"frus\"; idno types are dospubno, frus, isbn-13, isbn-10");
			add(r, P_HEADER, o, n, E, "frus-header-publication");
		}
	} else if (T(n, "editor")) {
		const char *role = A(n, "role");
		if (!(T(n->parent, "titleStmt") && (eq(role, "primary") || eq(role, "general")))) {
			MSG_START();
			M("editor belongs in titleStmt with role=\"primary\" or role=\"general\" (here role=\"");
			M(role);
			M("\" in ");
			qname(&r->msg, n->parent);
			M(")");
			add(r, P_HEADER, o, n, E, "frus-editor");
		}
		if (!n->children) {
			MSG_START();
			M("editor is empty");
			add(r, P_HEADER, o, n, W, "frus-editor-empty");
		}
	}
}

/* The nearest ancestor tei:div (its place on the stack in *at). */
static xmlNodePtr
nearest_div(R *r, size_t *at)
{
	for (size_t i = r->depth; i-- > 0;)
		if (T(r->stack[i].n, "div")) {
			if (at)
				*at = i;
			return r->stack[i].n;
		}
	return NULL;
}

static void
check_idpat(R *r, xmlNodePtr n, unsigned long o)
{
	if (doc_div(n)) {
		const char *nv = A(n, "n"), *id = XID(n);
		int num_ = numbered(n);
		if (num_ && id && !(id[0] == 'd' && id[1] && all_digits(id + 1))) {
			MSG_START();
			M("document "); M(nv); M(" has xml:id \""); M(id);
			M("\": a numbered document's id is \"d\" and digits (e.g. \"d"); M(nv); M("\")");
			add(r, P_IDPAT, o, n, W, "frus-id-document");
		}
		if (!num_) {
			MSG_START();
			M("document "); M(id); M(" has n=\""); M(nv); M("\": bracketed, missing or not an integer");
			add(r, P_IDPAT, o, n, W, "frus-doc-n-integer");
		}
		const char *pn = r->prev_div.n ? A(r->prev_div.n, "n") : NULL;
		if (num_ && r->closed_docdiv && !(num(nv) == num(pn) + 1)) {
			MSG_START();
			M("document number "); M(nv); M(" does not follow "); M(pn);
			M(": document numbers run consecutively");
			add(r, P_IDPAT, o, n, E, "frus-doc-n-consecutive");
		}
	} else if (T(n, "body")) {
		if (r->ndocs && !((double)r->ndocs == num(r->last_n) - num(r->first_n) + 1)) {
			MSG_START();
			M("documents "); M(r->first_n); M(" to "); M(r->last_n); M(" should be ");
			sb_num(&r->msg, num(r->last_n) - num(r->first_n) + 1);
			M(" documents, there are ");
			sb_num(&r->msg, (double)r->ndocs);
			add(r, P_IDPAT, o, n, E, "frus-doc-n-range");
		}
	} else if (T(n, "pb") && starts(XID(n), "pg_")) {
		const char *id = XID(n), *nv = A(n, "n");
		sb_reset(&r->tmp);
		sb_cat(&r->tmp, "pg_");
		for (const char *p = nv ? nv : ""; *p; p++)
			if (*p != '[' && *p != ']')
				sb_catn(&r->tmp, p, 1);
		size_t pl = r->tmp.n;
		int ok = strcmp(id, r->tmp.s) == 0;
		sb_cat(&r->tmp, "_");
		const char *at = strstr(id, r->tmp.s);
		if (!ok && at && all_digits(at + r->tmp.n))
			ok = 1;
		if (!ok) {
			r->tmp.s[pl] = '\0';
			MSG_START();
			M("pb xml:id \""); M(id); M("\" does not match its page number n=\""); M(nv);
			M("\" (expected \""); M(r->tmp.s); M("\")");
			add(r, P_IDPAT, o, n, W, "frus-pb-id");
		}
	} else if (T(n, "note") && XID(n)) {
		int in_doc = 0;
		for (xmlNodePtr a = n->parent; a && a->type == XML_ELEMENT_NODE; a = a->parent)
			if (doc_div(a))
				in_doc = 1;
		if (!in_doc)
			return;
		xmlNodePtr div = nearest_div(r, NULL);
		const char *dv = div ? XID(div) : NULL, *id = XID(n), *nv = A(n, "n");
		if (!dv)
			return;
		sb_reset(&r->tmp);
		sb_cat(&r->tmp, dv);
		sb_cat(&r->tmp, "fn");
		int prefix = starts(id, r->tmp.s);
		if (!prefix) {
			MSG_START();
			M("footnote id \""); M(id); M("\" must start with the id of its div and \"fn\" (\"");
			M(dv); M("fn"); M(nv); M("\")");
			add(r, P_IDPAT, o, n, E, "frus-fn-id-prefix");
		}
		if (nv && prefix) {
			sb_cat(&r->tmp, nv);
			int ok = strcmp(id, r->tmp.s) == 0;
			sb_cat(&r->tmp, "_");
			if (!ok && !starts(id, r->tmp.s)) {
				MSG_START();
				M("footnote id \""); M(id); M("\" does not end with its number n=\""); M(nv);
				M("\" (expected \""); M(dv); M("fn"); M(nv); M("\")");
				add(r, P_IDPAT, o, n, W, "frus-fn-id-n");
			}
		}
	}
}

static int
chapter_type(xmlNodePtr n)
{
	const char *t = T(n, "div") ? A(n, "type") : NULL;
	return eq(t, "compilation") || eq(t, "chapter") || eq(t, "chapter-pending") || eq(t, "subchapter");
}

static xmlNodePtr
sibling_div(xmlNodePtr n, int forward)
{
	for (n = forward ? n->next : n->prev; n; n = forward ? n->next : n->prev)
		if (T(n, "div"))
			return n;
	return NULL;
}

static void
check_divisions(R *r, xmlNodePtr n, unsigned long o, unsigned fl)
{
	if (chapter_type(n)) {
		const char *st = A(n, "subtype");
		if (eq(st, "index") || eq(st, "referral") || eq(st, "editorial-note"))
			return;
		if (!(fl & (D_DOCDIV | D_SPECDIV))) {
			MSG_START();
			M(A(n, "type")); M(" "); M(XID(n)); M(" holds no document");
			add(r, P_DIVISIONS, o, n, W, "frus-chapter-documents");
		}
	} else if (doc_div(n)) {
		if (chapter_type(sibling_div(n, 0)) || chapter_type(sibling_div(n, 1))) {
			MSG_START();
			M("document "); M(XID(n)); M(" stands beside a compilation, chapter or subchapter");
			add(r, P_DIVISIONS, o, n, W, "frus-document-sibling");
		}
	}
}

/* The first seg[@type='source'] below n, in document order. */
static xmlNodePtr
first_source_seg(xmlNodePtr n)
{
	for (xmlNodePtr c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (T(c, "seg") && eq(A(c, "type"), "source"))
			return c;
		xmlNodePtr d = first_source_seg(c);
		if (d)
			return d;
	}
	return NULL;
}

static void
check_source(R *r, xmlNodePtr n, unsigned long o, unsigned fl)
{
	if (!(T(n, "div") && eq(A(n, "subtype"), "historical-document") &&
	      !eq(A(n, "type"), "document-pending")))
		return;
	xmlNodePtr sn = NULL;
	for (xmlNodePtr c = n->children; c && !sn; c = c->next)
		if (T(c, "note") && eq(A(c, "type"), "source") && eq(A(c, "rend"), "inline"))
			sn = c;
	for (xmlNodePtr h = n->children; h && !sn; h = h->next)
		if (T(h, "head"))
			for (xmlNodePtr c = h->children; c && !sn; c = c->next)
				if (T(c, "note") && eq(A(c, "type"), "source"))
					sn = c;
	for (xmlNodePtr h = n->children; h && !sn; h = h->next)
		if (T(h, "head"))
			for (xmlNodePtr c = h->children; c && !sn; c = c->next)
				if (T(c, "note"))
					sn = first_source_seg(c);
	const char *text = "";
	if (sn) {
		xmlNodePtr p = child(sn, "p");
		text = norm_value(r, p ? p : sn, &r->tmp);
	}
	xmlNodePtr first = NULL;
	for (xmlNodePtr c = n->children; c && !first; c = c->next)
		if (c->type == XML_ELEMENT_NODE)
			first = c;
	int form = !sn || first == sn || starts(text, "Source:") ||
	           (starts(text, "[Source:") && last_char(text) == ']' && nchars(text) > 9);
	const char *id = XID(n);
	if (r->notes_required && !sn) {
		MSG_START();
		M("historical document "); M(id);
		M(" has no source note (an inline source note, head/note[@type='source'] or head/note//seg[@type='source']): the volume's content is after 1950 or it was published after 1995");
		add(r, P_SOURCE, o, n, E, "frus-source-note");
	}
	if (r->notes_required && !form) {
		MSG_START();
		M("source note of "); M(id); M(" must begin \"Source:\" or read \"[Source: \xE2\x80\xA6]\", not \"");
		prefix_chars(&r->msg, text, 20);
		M("\"");
		add(r, P_SOURCE, o, n, E, "frus-source-note-text");
	}
	if (!r->dates_known && !sn) {
		MSG_START();
		M("historical document "); M(id);
		M(" has no source note (an inline source note, head/note[@type='source'] or head/note//seg[@type='source']); one is required for content after 1950 or volumes published after 1995");
		add(r, P_SOURCE, o, n, W, "frus-source-note-maybe");
	}
	if (!r->notes_required && !form) {
		MSG_START();
		M("source note of "); M(id); M(" should begin \"Source:\" or read \"[Source: \xE2\x80\xA6]\", not \"");
		prefix_chars(&r->msg, text, 20);
		M("\"");
		add(r, P_SOURCE, o, n, W, "frus-source-note-form");
	}
	if (!(fl & D_DL_NA)) {
		MSG_START();
		M("historical document "); M(id); M(" has no dateline");
		add(r, P_SOURCE, o, n, W, "frus-dateline-date");
	}
}

static int
undated(R *r, xmlNodePtr n)
{
	norm_value(r, n, &r->tmp);
	for (char *p = r->tmp.s; *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
	return strstr(r->tmp.s, "undated") || strstr(r->tmp.s, "not dated") ||
	       strstr(r->tmp.s, "not declassified");
}

/* frus.sch's date lets: the value begins yyyy-mm-dd; its day number
 * yyyymmdd; its time hhmmss (the end of the day at the end of a range
 * without a time). */
static int
day_form(const char *v)
{
	static const char form[] = "9999-99-99";
	if (!v)
		return 0;
	for (size_t i = 0; i < 10; i++)
		if (form[i] == '9' ? !(v[i] >= '0' && v[i] <= '9') : v[i] != '-')
			return 0;
	return 1;
}

static double
day_of(R *r, const char *v)
{
	sb_reset(&r->tmp2);
	for (size_t i = 0; v && v[i] && i < 10; i++)
		if (v[i] != '-')
			sb_catn(&r->tmp2, v + i, 1);
	return num(r->tmp2.s);
}

static double
time_of(R *r, const char *v, int end)
{
	const char *t = v ? strchr(v, 'T') : NULL;
	sb_reset(&r->tmp);
	if (t)
		prefix_chars(&r->tmp, t + 1, 8);
	sb_reset(&r->tmp2);
	sb_cat(&r->tmp2, "0");
	for (const char *p = r->tmp.s; *p; p++)
		if (*p != ':')
			sb_catn(&r->tmp2, p, 1);
	return num(r->tmp2.s) + (end && !t ? 999999 : 0);
}

static int
matches(R *r, const char *s, const char *re)
{
	return frus_re_matches(r->re, (const xmlChar *)(s ? s : ""), re) > 0;
}

static void
check_datelines(R *r, xmlNodePtr n, unsigned long o, unsigned fl)
{
	if (T(n, "dateline")) {
		int attach = has_ancestor(n, FRUS_NS, "attachment");
		if (fl & D_DATE)
			return;
		int bad = undated(r, n);
		/* an ancestor without a dated dateline: a historical document, or
		 * (in an attachment) the attachment */
		for (size_t i = r->depth; !bad && i-- > 0;) {
			xmlNodePtr a = r->stack[i].n;
			unsigned af = r->flags[r->stack[i].elem];
			if (!attach && T(a, "div") && eq(A(a, "subtype"), "historical-document") &&
			    !(af & D_DATED_DL_NA))
				bad = 1;
			if (attach && is(a, FRUS_NS, "attachment") && !(af & D_DATED_DL))
				bad = 1;
		}
		if (!bad)
			return;
		MSG_START();
		M(attach ? "attachment dateline \"" : "dateline \"");
		prefix_chars(&r->msg, norm_value(r, n, &r->tmp), 40);
		M(attach ? "\" has no date element" :
		  "\" has no date element (tag the date, or \"undated\", with date)");
		add(r, P_DATELINES, o, n, attach ? W : E,
		    attach ? "frus-attachment-dateline" : "frus-dateline-no-date");
		return;
	}
	if (!T(n, "date") || !has_ancestor(n, TEI_NS, "dateline") ||
	    has_ancestor(n, FRUS_NS, "attachment"))
		return;
	const char *when = A(n, "when"), *from = A(n, "from"), *to = A(n, "to");
	const char *nb = A(n, "notBefore"), *na = A(n, "notAfter");
	if (blank(n)) {
		MSG_START();
		M("dateline date is empty");
		add(r, P_DATELINES, o, n, W, "frus-date-empty");
	}
	if ((!from) != (!to) || (!nb) != (!na)) {
		MSG_START();
		M("@from and @to come as a pair, and so do @notBefore and @notAfter");
		add(r, P_DATELINES, o, n, E, "frus-date-pair");
	}
	if (!A(n, "ana") && nb && na) {
		MSG_START();
		M("@notBefore and @notAfter need @ana (how the dates were inferred)");
		add(r, P_DATELINES, o, n, W, "frus-date-inferred-ana");
	}
	int ok = !when || matches(r, when, RE_YEAR_MONTH) || matches(r, when, RE_DATE_OR_TIME);
	const char *others[] = { from, to, nb, na };
	for (size_t i = 0; i < 4 && ok; i++)
		if (others[i] && !matches(r, others[i], RE_DATE_OR_TIME))
			ok = 0;
	if (!ok) {
		MSG_START();
		M("dateline date: @when is YYYY, YYYY-MM, a date or a dateTime, and @from, @to, @notBefore, @notAfter a date or a dateTime");
		add(r, P_DATELINES, o, n, E, "frus-dateline-when");
	}
	int zone = 0;
	for (xmlAttrPtr a = n->properties; a && !zone; a = a->next) {
		const char *v = a->children && a->children->content ? (const char *)a->children->content : "";
		long c = last_char(v);
		zone = *v && c >= 'A' && c <= 'Z';
	}
	if (zone) {
		MSG_START();
		M("dateline date: an attribute value ends with a letter (a military time zone?): write the offset, e.g. +00:00 for Z");
		add(r, P_DATELINES, o, n, E, "frus-date-zone");
	}
	if (day_form(from) && day_form(to)) {
		double fd = day_of(r, from), td = day_of(r, to);
		double ft = time_of(r, from, 0), tt = time_of(r, to, 1);
		if (!(fd < td || (fd == td && ft <= tt))) {
			MSG_START();
			M("date range runs backwards: from=\""); M(from); M("\" is after to=\""); M(to); M("\"");
			add(r, P_DATELINES, o, n, E, "frus-date-order");
		}
	}
	if (day_form(nb) && day_form(na)) {
		double fd = day_of(r, nb), td = day_of(r, na);
		double ft = time_of(r, nb, 0), tt = time_of(r, na, 1);
		if (!(fd < td || (fd == td && ft <= tt))) {
			MSG_START();
			M("inferred date range runs backwards: notBefore=\""); M(nb); M("\" is after notAfter=\"");
			M(na); M("\"");
			add(r, P_DATELINES, o, n, E, "frus-date-order-inferred");
		}
	}
}

/* EXSLT str:tokenize with its default delimiters: calls fn for each token. */
static int
any_token(const char *s, int (*fn)(R *, const char *, size_t), R *r)
{
	while (s && *s) {
		while (*s && xml_space((unsigned char)*s))
			s++;
		size_t k = 0;
		while (s[k] && !xml_space((unsigned char)s[k]))
			k++;
		if (k && fn(r, s, k))
			return 1;
		s += k;
	}
	return 0;
}

static int
known_calendar(R *r, const char *t, size_t k)
{
	sb_reset(&r->tmp);
	sb_catn(&r->tmp, t, k);
	return in_list("|brazilian-republic|chinese-era|chinese-lunisolar|chinese-republic|ethiopian-geez|gregorian|haitian-republic|hijri|iranian-persian|japanese-neng\xC5\x8D|julian|korean-era|korean-lunisolar|masonic-anno-lucis|papal-era|roman|rumi|thai-era|tibetan-phugpa|us-republic|", r->tmp.s);
}

static void
check_dates(R *r, xmlNodePtr n, unsigned long o)
{
	if (!T(n, "date"))
		return;
	const char *ana = A(n, "ana"), *type = A(n, "type"), *cal = A(n, "calendar");
	if (ana) {
		const char *h = strchr(ana, '#');
		xmlNodePtr c = h ? lookup(r, h + 1) : NULL;
		if (!(h && (!r->volume || T(c, "category")))) {
			MSG_START();
			M("date ana=\""); M(ana);
			M("\" must point to a category/@xml:id of the header's taxonomy (\"#id\")");
			add(r, P_DATES, o, n, E, "frus-date-ana");
		}
	} else if (type) {
		if (!in_list("|content-date|conversation-or-meeting-date|creation-date|publication-date|received-date|", type)) {
			MSG_START();
			M("date type=\""); M(type);
			M("\" is not one of content-date, conversation-or-meeting-date, creation-date, publication-date, received-date");
			add(r, P_DATES, o, n, W, "frus-date-type");
		}
	} else if (cal) {
		if (!any_token(cal, known_calendar, r)) {
			MSG_START();
			M("date calendar=\""); M(cal);
			M("\" is not one of the Office's calendars (gregorian, julian, hijri, ...)");
			add(r, P_DATES, o, n, W, "frus-date-calendar");
		}
	}
}

static int
in_region(xmlNodePtr n)   /* parent is not front, body or back */
{
	return !(T(n->parent, "front") || T(n->parent, "body") || T(n->parent, "back"));
}

static void
check_structure(R *r, xmlNodePtr n, unsigned long o)
{
	if (T(n, "div")) {
		int heads = 0, all = 0;
		xmlNodePtr h1 = NULL, a1 = NULL;
		for (xmlNodePtr c = n->children; c; c = c->next) {
			if (!T(c, "head"))
				continue;
			if (!all++)
				a1 = c;
			if (!eq(A(c, "type"), "shortened-for-running-head") && !heads++)
				h1 = c;
		}
		if (!XID(n)) {
			MSG_START();
			M("div type=\""); M(A(n, "type")); M("\" has no xml:id (every div has one)");
			add(r, P_STRUCTURE, o, n, E, "frus-div-id");
		}
		if (!((heads == 1 && !blank(h1)) || (all == 1 && !blank(a1)))) {
			MSG_START();
			M("div "); M(XID(n)); M(" must have exactly one non-empty head (it has ");
			sb_printf(&r->msg, "%d", heads);
			if (heads == 1)
				M(", and it is empty");
			M(")");
			add(r, P_STRUCTURE, o, n, E, "frus-div-head");
		}
		int late = 0;
		for (xmlNodePtr c = n->children; c && !late; c = c->next) {
			if (!T(c, "head"))
				continue;
			for (xmlNodePtr p = prev_elem(c); p && !late; p = prev_elem(p))
				if (!(T(p, "head") || T(p, "pb") || T(p, "anchor") || T(p, "milestone") ||
				      (T(p, "note") && eq(A(p, "type"), "source") && eq(A(p, "rend"), "inline"))))
					late = 1;
		}
		if (late) {
			MSG_START();
			M("div "); M(XID(n));
			M(": head should come before the division's content (only an inline source note may precede it)");
			add(r, P_STRUCTURE, o, n, W, "frus-div-head-first");
		}
	} else if (is(n, FRUS_NS, "attachment")) {
		int div = 0, ed = 0;
		for (xmlNodePtr c = n->children; c; c = c->next) {
			if (T(c, "div"))
				div = 1;
			if (T(c, "head") && strstr(norm_value(r, c, &r->tmp), "Editorial Note"))
				ed = 1;
		}
		if (div) {
			MSG_START();
			M("frus:attachment must not contain a div");
			add(r, P_STRUCTURE, o, n, E, "frus-attachment-div");
		}
		if (ed) {
			MSG_START();
			M("frus:attachment head should not be an Editorial Note (an editorial note is a document)");
			add(r, P_STRUCTURE, o, n, W, "frus-attachment-head");
		}
		xmlNodePtr after = NULL;
		for (xmlNodePtr c = n->next; c && !after; c = c->next)
			if (c->type == XML_ELEMENT_NODE && !is(c, FRUS_NS, "attachment") && !T(c, "pb") &&
			    !T(c, "anchor"))
				after = c;
		if (after) {
			MSG_START();
			M("frus:attachment belongs at the bottom of its div (after the closer); ");
			qname(&r->msg, after);
			M(" follows it");
			add(r, P_STRUCTURE, o, n, W, "frus-attachment-last");
		}
	} else if ((T(n, "pb") || T(n, "lb")) && in_region(n)) {
		int first = first_child(n), last = last_child(n);
		if (first || last) {
			MSG_START();
			qname(&r->msg, n);
			M(first ? " is the first child of " : " is the last child of ");
			qname(&r->msg, n->parent);
			M(" (only front, body and back may start or end with one: put a page break before a div, not inside it)");
			add(r, P_STRUCTURE, o, n, E, "frus-pb-edge");
		}
	} else if (T(n, "ref") && A(n, "target")) {
		const char *target = A(n, "target");
		sb_reset(&r->tmp);
		normalize(target, &r->tmp);
		char *t = frus_xstrdup(r->tmp.s);
		int resolved;
		if (starts(t, "#range(")) {
			/* substring-before/-after give '' where there is no ')' or ',' */
			const char *in = t + 7, *close = strchr(in, ')');
			char *range = frus_xstrndup(in, close ? (size_t)(close - in) : 0);
			char *comma = strchr(range, ',');
			const char *after = comma ? comma + 1 : "";
			if (comma)
				*comma = '\0';
			else
				range[0] = '\0';
			sb_reset(&r->tmp);
			normalize(range, &r->tmp);
			int a = lookup(r, r->tmp.s) != NULL;
			sb_reset(&r->tmp);
			normalize(after, &r->tmp);
			resolved = a && lookup(r, r->tmp.s) != NULL;
			free(range);
		} else {
			size_t len;
			frus_utf8_char(t, strlen(t), &len);
			resolved = lookup(r, t + len) != NULL;
		}
		xmlNodePtr p1 = prev_node(n, 1), p2 = prev_node(n, 2);
		int range_end = 0;
		if (starts(target, "#pg") && p1 && p2 && T(p2, "ref")) {
			sb_reset(&r->tmp);
			string_value(p1, &r->tmp);
			range_end = strcmp(r->tmp.s, "\xE2\x80\x93") == 0;
		}
		if (!(starts(target, "#") || starts(target, "frus") || starts(target, "http") ||
		      starts(target, "mailto"))) {
			MSG_START();
			M("ref target \""); M(target);
			M("\" must be \"#id\", \"frus\xE2\x80\xA6\" (another volume), http\xE2\x80\xA6 or mailto");
			add(r, P_STRUCTURE, o, n, E, "frus-ref-target");
		}
		if (starts(t, "#") && !resolved && !range_end) {
			MSG_START();
			M("ref target \""); M(target);
			M(r->volume ? "\" does not resolve: no element has that xml:id" :
			  "\" is not in this file (a document outside its volume: not checked)");
			add(r, P_STRUCTURE, o, n, r->volume ? E : W,
			    r->volume ? "frus-ref-resolve" : "frus-ref-outside");
		}
		if (range_end) {
			const char *page = strstr(target, "#pg_");
			const char *pt = A(p2, "target");
			const char *from = pt ? strstr(pt, "#pg_") : NULL;
			page = page ? page + 4 : "";
			from = from ? from + 4 : "";
			int arabic = all_digits(page) && all_digits(from);
			int roman = *page && *from && strspn(page, ROMAN) == strlen(page) &&
			            strspn(from, ROMAN) == strlen(from);
			if ((arabic && !(num(page) > num(from))) ||
			    (roman && !(frus_roman_number((const xmlChar *)page) >
			                frus_roman_number((const xmlChar *)from)))) {
				MSG_START();
				M("page range "); M(pt); M("\xE2\x80\x93"); M(target); M(" does not increase");
				add(r, P_STRUCTURE, o, n, E, "frus-ref-page-range");
			}
		}
		xmlNodePtr nx = next_node(n);
		if (strstr(target, "#pg_") && T(nx, "hi")) {
			sb_reset(&r->tmp);
			string_value(nx, &r->tmp);
			if (strcmp(r->tmp.s, "n") == 0) {
				MSG_START();
				M("the \"n\" after a page reference belongs inside the ref (as hi rend=\"italic\")");
				add(r, P_STRUCTURE, o, n, E, "frus-ref-page-n");
			}
		}
		free(t);
	} else if (T(n, "persName") && A(n, "corresp")) {
		const char *c = A(n, "corresp");
		if (r->volume && starts(c, "#")) {
			size_t len;
			frus_utf8_char(c, strlen(c), &len);
			if (!T(lookup(r, c + len), "persName")) {
				MSG_START();
				M("persName corresp \""); M(c);
				M("\" must point to a persName/@xml:id of the list of persons");
				add(r, P_STRUCTURE, o, n, E, "frus-persname-corresp");
			}
		}
		if (!starts(c, "#") && !starts(c, "frus")) {
			MSG_START();
			M("persName corresp \""); M(c);
			M("\" should be \"#p_X\" (the list of persons) or \"frusVOL#p_X\" (another volume's)");
			add(r, P_STRUCTURE, o, n, W, "frus-persname-corresp-form");
		}
	} else if (T(n, "gloss") && A(n, "target")) {
		const char *t = A(n, "target");
		int ok = starts(t, "frus");
		if (!ok && starts(t, "#")) {
			size_t len;
			frus_utf8_char(t, strlen(t), &len);
			ok = !r->volume || T(lookup(r, t + len), "term");
		}
		if (!ok) {
			MSG_START();
			M("gloss target \""); M(t);
			M("\" must point to a term/@xml:id of the list of terms (\"#t_X\")");
			add(r, P_STRUCTURE, o, n, E, "frus-gloss-target");
		}
	} else if (T(n, "date") && has_ancestor(n, TEI_NS, "text")) {
		static const char *const names[] = { "when", "from", "to", "notBefore", "notAfter" };
		int bad = 0;
		for (size_t i = 0; i < 5 && !bad; i++) {
			const char *v = A(n, names[i]);
			if (v && !matches(r, v, RE_W3C_DATE))
				bad = 1;
		}
		if (bad) {
			MSG_START();
			M("date attributes must be ISO 8601 (XML Schema date, dateTime, gYear, gYearMonth ...), e.g. 1962-08-02 or 1962-08-02T13:45:00+00:00; here:");
			for (size_t i = 0; i < 5; i++) {
				const char *v = A(n, names[i]);
				if (!v)
					continue;
				M(" "); M(names[i]); M("=\""); M(v); M("\"");
			}
			add(r, P_STRUCTURE, o, n, E, "frus-date-iso");
		}
	}
}

/* pb and lb: the nearest texts before and after (following:: starts
 * after the element's own content: the next text node of the walk once
 * it is closed, so the check waits for it).  Called when n closes;
 * before: the last text before n opened. */
static void
check_break(R *r, xmlNodePtr n, unsigned long o, xmlNodePtr before)
{
	if (!T(n, "pb") && !T(n, "lb"))
		return;
	if (r->nbreaks == r->capbreaks) {
		r->capbreaks = r->capbreaks ? 2 * r->capbreaks : 16;
		r->breaks = frus_xrealloc(r->breaks, r->capbreaks * sizeof *r->breaks);
	}
	pending_break *b = &r->breaks[r->nbreaks++];
	b->pb = n;
	b->order = o;
	b->edge = in_region(n) && (first_child(n) || last_child(n));
	b->before = before;
}

static int
space_at(const char *s, int end)
{
	if (!s || !*s)
		return 1;   /* normalize-space('') = '' */
	long c = end ? last_char(s) : (unsigned char)s[0];
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static void
resolve_breaks(R *r, xmlNodePtr after)
{
	for (size_t i = 0; i < r->nbreaks; i++) {
		pending_break *b = &r->breaks[i];
		const char *bs = b->before ? (const char *)b->before->content : NULL;
		const char *as = after ? (const char *)after->content : NULL;
		int balanced = b->edge || (b->before && after && space_at(bs, 1) == space_at(as, 0));
		if (balanced)
			continue;
		MSG_START();
		if (T(b->pb, "pb")) {
			M("whitespace around pb n=\""); M(A(b->pb, "n"));
			M("\" is not balanced: a space on both sides between words, none on either side inside a word");
			add(r, P_BREAKS, b->order, b->pb, E, "frus-pb-space");
		} else {
			M("whitespace around lb is not balanced: a space on both sides, or none on either");
			add(r, P_BREAKS, b->order, b->pb, E, "frus-lb-space");
		}
	}
	r->nbreaks = 0;
}

static int
bad_rendition(R *r, const char *t, size_t k)
{
	const char *h = memchr(t, '#', k);
	if (!h)
		return 1;
	if (!r->volume && xmlHashSize(r->renditions) == 0)
		return 0;
	sb_reset(&r->tmp);
	sb_catn(&r->tmp, h + 1, k - (size_t)(h + 1 - t));
	return xmlHashLookup(r->renditions, (const xmlChar *)r->tmp.s) == NULL;
}

static void
check_renditions(R *r, xmlNodePtr n, unsigned long o)
{
	const char *rv = A(n, "rendition");
	if (rv && any_token(rv, bad_rendition, r)) {
		MSG_START();
		M("rendition=\""); M(rv);
		M("\": every token must point to a rendition/@xml:id of the header (\"#id\")");
		add(r, P_RENDITIONS, o, n, E, "frus-rendition");
	}
}

static void
check_note(R *r, xmlNodePtr n, unsigned long o, unsigned fl)
{
	const char *rend = A(n, "rend");
	int inline_ = eq(rend, "inline");
	if (!inline_ && (fl & D_NOTE)) {
		MSG_START();
		M("note "); M(XID(n)); M(" holds a note: footnotes do not nest (except inside an inline note)");
		add(r, P_PHRASES, o, n, E, "frus-note-nested");
	}
	size_t at_div = 0;
	xmlNodePtr div = nearest_div(r, &at_div);
	if (numbered(n) && div) {
		/* the note numbered before this one: the latest-starting of the
		 * closed ones (preceding::) and the nearest numbered ancestor */
		size_t at_a = 0;
		xmlNodePtr a = NULL;
		for (size_t i = r->depth; i-- > 0 && !a;)
			if (T(r->stack[i].n, "note") && numbered(r->stack[i].n)) {
				a = r->stack[i].n;
				at_a = i;
			}
		xmlNodePtr p = r->prev_note.n;
		unsigned long p_order = r->prev_note.order;
		int p_in_a = p && a && p_order > r->stack[at_a].order;
		xmlNodePtr prev;
		unsigned long prev_order;
		if (p && (!a || p_in_a)) {
			prev = p;
			prev_order = p_order;
		} else if (a) {
			prev = a;
			prev_order = r->stack[at_a].order;
		} else {
			prev = NULL;
			prev_order = 0;
		}
		if (prev && prev_order > r->stack[at_div].order && !(num(A(n, "n")) == num(A(prev, "n")) + 1)) {
			MSG_START();
			M("footnote n=\""); M(A(n, "n")); M("\" follows n=\""); M(A(prev, "n"));
			M("\" in the same div: footnote numbers increase by 1");
			add(r, P_PHRASES, o, n, E, "frus-fn-seq");
		}
	}
	xmlNodePtr p1 = prev_node(n, 1), p2 = prev_node(n, 2);
	if (!inline_ && !T(p2, "note") && text_node(p1) && blank(p1)) {
		MSG_START();
		M("whitespace before a footnote (the marker follows the word or punctuation directly)");
		add(r, P_PHRASES, o, n, E, "frus-fn-space");
	}
	if (T(p1, "note")) {
		MSG_START();
		M("two footnotes without whitespace between them");
		add(r, P_PHRASES, o, n, E, "frus-fn-adjacent");
	}
}

static void
check_phrases(R *r, xmlNodePtr n, unsigned long o, unsigned fl)
{
	if (T(n, "note")) {
		if (has_ancestor(n, TEI_NS, "text"))
			check_note(r, n, o, fl);
	} else if (T(n, "table") && A(n, "rows") && A(n, "cols")) {
		int rows = count_children(n, "row", NULL);
		if (!(num(A(n, "rows")) == rows)) {
			MSG_START();
			M("table rows=\""); M(A(n, "rows")); M("\" but it has ");
			sb_printf(&r->msg, "%d", rows);
			M(" rows");
			add(r, P_PHRASES, o, n, E, "frus-table-rows");
		}
	} else if (T(n, "hi")) {
		const char *rend = A(n, "rend");
		if (!rend && !A(n, "rendition")) {
			MSG_START();
			M("hi needs @rend (strong, italic, smallcaps, roman, underline, sub, superscript) or @rendition");
			add(r, P_PHRASES, o, n, E, "frus-hi-rend");
		}
		if (rend && !in_list("|strong|italic|smallcaps|roman|underline|sub|superscript|", rend)) {
			MSG_START();
			M("hi rend=\""); M(rend);
			M("\" is not one of strong, italic, smallcaps, roman, underline, sub, superscript");
			add(r, P_PHRASES, o, n, W, "frus-hi-rend-value");
		}
	} else if (T(n, "head") && !T(n->parent, "div")) {
		if (blank(n)) {
			MSG_START();
			qname(&r->msg, n->parent);
			M("/head is empty");
			add(r, P_PHRASES, o, n, E, "frus-head-empty");
		}
		int second = 0;
		for (xmlNodePtr p = n->prev; p && !second; p = p->prev)
			second = T(p, "head");
		if (second) {
			MSG_START();
			qname(&r->msg, n->parent);
			M(" has a second head");
			add(r, P_PHRASES, o, n, E, "frus-head-second");
		}
	} else if ((T(n, "p") && has_ancestor(n, TEI_NS, "text")) || T(n, "gloss") ||
	           T(n, "persName") || T(n, "placeName") || T(n, "seg")) {
		if (blank(n) && !(fl & D_GGS)) {
			MSG_START();
			M("empty ");
			qname(&r->msg, n);
			M(": p, gloss, persName, placeName and seg must have content");
			add(r, P_PHRASES, o, n, E, "frus-empty");
		}
	} else if (T(n, "signed")) {
		if (!(fl & D_PERS_NN)) {
			MSG_START();
			M("signed has no persName: the signer's name is a persName");
			add(r, P_PHRASES, o, n, W, "frus-signed-persname");
		}
		if (A(n, "corresp")) {
			MSG_START();
			M("signed must not carry @corresp: put it on the persName");
			add(r, P_PHRASES, o, n, E, "frus-signed-corresp");
		}
		if (fl & D_AFFIL) {
			MSG_START();
			M("affiliation is not used in signed: write the title after lb as hi rend=\"italic\"");
			add(r, P_PHRASES, o, n, W, "frus-signed-affiliation");
		}
	} else if (T(n, "closer")) {
		int k = count_children(n, "signed", NULL);
		if (k != 1) {
			MSG_START();
			M("closer has ");
			sb_printf(&r->msg, "%d", k);
			M(" signed elements: one closer, one signed");
			add(r, P_PHRASES, o, n, W, "frus-closer-signed");
		}
		int more = 0;
		for (xmlNodePtr s = n->next; s && !more; s = s->next)
			more = T(s, "closer");
		if (more) {
			MSG_START();
			M("another closer follows: combine the signatures in one closer");
			add(r, P_PHRASES, o, n, W, "frus-closer-consecutive");
		}
	}
}

static void
check_signer(R *r, xmlNodePtr n, unsigned long o)
{
	if (!T(n, "persName") || !has_ancestor(n, TEI_NS, "signed") || has_ancestor(n, TEI_NS, "note"))
		return;
	int strong = 0;
	for (xmlNodePtr c = n->children; c && !strong; c = c->next)
		if (T(c, "hi") && (eq(A(c, "rend"), "strong") || (eq(A(c, "rend"), "italic") &&
		    strstr(norm_value(r, c, &r->tmp), "name not declassified"))))
			strong = 1;
	if (!strong) {
		MSG_START();
		M("the signer's name \"");
		M(norm_value(r, n, &r->tmp));
		M("\" should be wrapped in hi rend=\"strong\" (inside the persName)");
		add(r, P_SIGNERS, o, n, W, "frus-signed-strong");
	}
	xmlNodePtr next = NULL;
	for (xmlNodePtr s = next_node(n); s && !next; s = next_node(s))
		if (!(name_is(s, "note") || name_is(s, "lb") || blank(s)))
			next = s;
	if (next && !matches(r, norm_value(r, next, &r->tmp), RE_PUNCT_ONLY) &&
	    !(T(next, "hi") && eq(A(next, "rend"), "italic"))) {
		MSG_START();
		M("after the signer's name, text other than punctuation belongs in hi rend=\"italic\" (with lb before it), not \"");
		prefix_chars(&r->msg, norm_value(r, next, &r->tmp), 30);
		M("\"");
		add(r, P_SIGNERS, o, n, E, "frus-signed-after");
	}
	xmlNodePtr before = NULL;
	for (xmlNodePtr s = n->prev; s && !before; s = s->prev)
		if (text_node(s) && !blank(s))
			before = s;
	if (before && !matches(r, norm_value(r, before, &r->tmp), RE_PUNCT_ONLY)) {
		MSG_START();
		M("untagged text \""); M(norm_value(r, before, &r->tmp)); M("\" before the signer's name");
		add(r, P_SIGNERS, o, n, W, "frus-signed-text-before");
	}
	int italic = 0, lb = 0, pers = 0;
	for (xmlNodePtr s = n->next; s; s = s->next) {
		italic |= T(s, "hi") && eq(A(s, "rend"), "italic");
		lb |= T(s, "lb");
		pers |= T(s, "persName");
	}
	if (italic != lb) {
		MSG_START();
		M("the signer's name and the italic title after it are separated by lb (one without the other here)");
		add(r, P_SIGNERS, o, n, E, "frus-signed-lb");
	}
	int exception = 0;
	for (xmlNodePtr a = n->parent; a && a->type == XML_ELEMENT_NODE && !exception; a = a->parent) {
		if (!T(a, "signed"))
			continue;
		sb_reset(&r->tmp);
		sb_cat(&r->tmp, " ");
		normalize(A(a, "ana") ? A(a, "ana") : "", &r->tmp);
		sb_cat(&r->tmp, " ");
		exception = strstr(r->tmp.s, " #signed-exception_multiple-consecutive-persnames ") != NULL;
	}
	if (pers && !exception) {
		MSG_START();
		M("several persNames in one signed: put the signers in list/item, or mark signed/@ana=\"#signed-exception_multiple-consecutive-persnames\"");
		add(r, P_SIGNERS, o, n, W, "frus-signed-multiple");
	}
}

static void
check_lists(R *r, xmlNodePtr n, unsigned long o, unsigned fl)
{
	if (T(n, "list")) {
		const char *type = A(n, "type");
		if (type && !in_list("|participants|subject|from|to|terms|names|toc|index|sources|references|simple|", type)) {
			MSG_START();
			M("list type \""); M(type);
			M("\" is not one of participants, subject, from, to, terms, names, toc, index, sources, references, simple");
			add(r, P_LISTS, o, n, E, "frus-list-type");
		}
		if (fl & D_TABLE) {
			MSG_START();
			M("a list must not contain a table");
			add(r, P_LISTS, o, n, E, "frus-list-table");
		}
	} else if ((T(n, "term") || T(n, "persName")) && XID(n)) {
		if (!(T(n->parent, "hi") && eq(A(n->parent, "rend"), "strong"))) {
			MSG_START();
			qname(&r->msg, n); M(" xml:id=\""); M(XID(n));
			M("\" (an entry of the list) must be inside hi rend=\"strong\"");
			add(r, P_LISTS, o, n, E, "frus-entry-strong");
		}
		sb_reset(&r->tmp);
		string_value(n, &r->tmp);
		if (last_char(r->tmp.s) == ',') {
			MSG_START();
			qname(&r->msg, n); M(" xml:id=\""); M(XID(n));
			M("\" ends with a comma: the comma goes after it");
			add(r, P_LISTS, o, n, E, "frus-entry-comma");
		}
	}
}

static void
check_list_divs(R *r, xmlNodePtr n, unsigned long o, unsigned fl)
{
	if (!T(n, "div"))
		return;
	if (fl & D_TERMID) {
		if (!eq(XID(n), "terms")) {
			MSG_START();
			M("div xml:id=\""); M(XID(n)); M("\" holds the list of terms: its xml:id is \"terms\"");
			add(r, P_LISTDIVS, o, n, E, "frus-terms-div");
		}
	} else if (fl & D_PERSID) {
		if (!eq(XID(n), "persons")) {
			MSG_START();
			M("div xml:id=\""); M(XID(n)); M("\" holds the list of persons: its xml:id is \"persons\"");
			add(r, P_LISTDIVS, o, n, E, "frus-persons-div");
		}
	}
}

static void
check_text(R *r, xmlNodePtr n, unsigned long o)
{
	if (T(n->parent, "catDesc") || T(n->parent, "rendition") || !n->content)
		return;
	unsigned f = frus_text_checks((const char *)n->content, strlen((const char *)n->content));
	if (!f)
		return;
	static const struct { unsigned on, off; const char *id, *msg; } c[] = {
		{ FRUS_TC_OPEN_SPACE, 0, "frus-quote-open-space", "a space after a curly opening quotation mark" },
		{ FRUS_TC_CLOSE_SPACE, 0, "frus-quote-close-space", "a space before a curly closing quotation mark" },
		{ FRUS_TC_STRAIGHT | FRUS_TC_CURLY, 0, "frus-quote-mixed",
		  "straight and curly quotation marks in the same text: make them curly" },
		{ FRUS_TC_STRAIGHT, FRUS_TC_CURLY, "frus-quote-straight", "straight quotation marks: make them curly" },
		{ FRUS_TC_PAIR, 0, "frus-quote-pair", "two curly quotation marks side by side face the wrong way" },
		{ FRUS_TC_PUNCT_SPACE, 0, "frus-punct-space", "a space before closing punctuation" },
	};
	for (size_t i = 0; i < sizeof c / sizeof c[0]; i++)
		if ((f & c[i].on) == c[i].on && !(f & c[i].off)) {
			MSG_START();
			M(c[i].msg);
			add(r, P_CHARS, o, n, W, c[i].id);
		}
}

/* The first k (at most 2) characters of n's string value into c[], and
 * how many were found; descendants in document order. */
static int
first_chars(xmlNodePtr n, long c[2], int k)
{
	if (text_node(n)) {
		const char *s = (const char *)n->content;
		size_t len, m = s ? strlen(s) : 0, i = 0;
		while (k < 2 && i < m) {
			c[k++] = frus_utf8_char(s + i, m - i, &len);
			i += len;
		}
		return k;
	}
	for (xmlNodePtr d = n->children; d && k < 2; d = d->next)
		if (d->type == XML_ELEMENT_NODE || text_node(d))
			k = first_chars(d, c, k);
	return k;
}

/* The last character of n's string value (0 when it is empty). */
static long
final_char(xmlNodePtr n)
{
	if (text_node(n))
		return n->content ? last_char((const char *)n->content) : 0;
	for (xmlNodePtr d = n->last; d; d = d->prev)
		if (d->type == XML_ELEMENT_NODE || text_node(d)) {
			long c = final_char(d);
			if (c)
				return c;
		}
	return 0;
}

static int
only_quotes(xmlNodePtr n, R *r)
{
	sb_reset(&r->tmp);
	string_value(n, &r->tmp);
	const char *s = r->tmp.s;
	size_t k = strlen(s), i = 0, len;
	if (!k)
		return 0;
	while (i < k) {
		long c = frus_utf8_char(s + i, k - i, &len);
		if (!(c == 0x201C || c == 0x201D || c == '"' || c == ' '))
			return 0;
		i += len;
	}
	return 1;
}

static void
check_element_quotes(R *r, xmlNodePtr n, unsigned long o)
{
	int item_list = 0;
	if (T(n, "item"))
		item_list = child(n, "list") != NULL;
	if (!(T(n, "p") || T(n, "head") || (T(n, "note") && eq(A(n, "rend"), "inline")) ||
	      (T(n, "item") && !item_list) ||
	      ((T(n, "seg") || T(n, "cell")) && !only_quotes(n, r))))
		return;
	long last = final_char(n);
	if (last == 0x201C || last == 0x2018) {
		MSG_START();
		qname(&r->msg, n);
		M(" ends with a curly opening quotation mark");
		add(r, P_EQUOTES, o, n, W, "frus-quote-open-end");
	}
	long c[2];
	if (first_chars(n, c, 0) == 2 && (c[0] == 0x201D || c[0] == 0x2019) && !frus_is_digit(c[1])) {
		MSG_START();
		qname(&r->msg, n);
		M(" starts with a curly closing quotation mark");
		add(r, P_EQUOTES, o, n, W, "frus-quote-close-start");
	}
}

static void
push(R *r, xmlNodePtr n, unsigned long order, size_t elem)
{
	if (r->depth == r->capstack) {
		r->capstack = r->capstack ? 2 * r->capstack : 64;
		r->stack = frus_xrealloc(r->stack, r->capstack * sizeof *r->stack);
	}
	r->stack[r->depth].n = n;
	r->stack[r->depth].order = order;
	r->stack[r->depth].elem = elem;
	r->depth++;
}

static void
walk(R *r, xmlNodePtr n)
{
	unsigned long o = ++r->order;
	if (text_node(n)) {
		if (r->nbreaks)
			resolve_breaks(r, n);
		check_text(r, n, o);
		r->last_text = n;
		return;
	}
	size_t k = r->elem++;
	unsigned fl = r->flags[k];
	if (XID(n) && lookup(r, XID(n)) != n) {
		MSG_START();
		M("xml:id \""); M(XID(n)); M("\" is already used (every xml:id must be unique)");
		add(r, P_IDS, o, n, E, "frus-id-unique");
	}
	check_renditions(r, n, o);
	/* Each check function tests its own rule contexts; only those that
	 * can match an element of this name are called. */
	const char *nm = (const char *)n->name;
	if (n->ns && n->ns->href && strcmp((const char *)n->ns->href, TEI_NS) == 0) {
		switch (nm[0]) {
		case 'b':
			if (!strcmp(nm, "body"))
				check_idpat(r, n, o);
			break;
		case 'c':
			if (!strcmp(nm, "closer"))
				check_phrases(r, n, o, fl);
			else if (!strcmp(nm, "cell"))
				check_element_quotes(r, n, o);
			break;
		case 'd':
			if (!strcmp(nm, "div")) {
				check_idpat(r, n, o);
				check_divisions(r, n, o, fl);
				check_source(r, n, o, fl);
				check_structure(r, n, o);
				check_list_divs(r, n, o, fl);
			} else if (!strcmp(nm, "date")) {
				check_datelines(r, n, o, fl);
				check_dates(r, n, o);
				check_structure(r, n, o);
			} else if (!strcmp(nm, "dateline"))
				check_datelines(r, n, o, fl);
			break;
		case 'e':
			if (!strcmp(nm, "editor"))
				check_header(r, n, o);
			break;
		case 'f':
			if (!strcmp(nm, "fileDesc"))
				check_header(r, n, o);
			break;
		case 'g':
			if (!strcmp(nm, "gloss")) {
				check_structure(r, n, o);
				check_phrases(r, n, o, fl);
			}
			break;
		case 'h':
			if (!strcmp(nm, "hi"))
				check_phrases(r, n, o, fl);
			else if (!strcmp(nm, "head")) {
				check_phrases(r, n, o, fl);
				check_element_quotes(r, n, o);
			}
			break;
		case 'i':
			if (!strcmp(nm, "item"))
				check_element_quotes(r, n, o);
			break;
		case 'l':
			if (!strcmp(nm, "lb"))
				check_structure(r, n, o);
			else if (!strcmp(nm, "list"))
				check_lists(r, n, o, fl);
			break;
		case 'n':
			if (!strcmp(nm, "note")) {
				check_idpat(r, n, o);
				check_phrases(r, n, o, fl);
				check_element_quotes(r, n, o);
			}
			break;
		case 'p':
			if (!strcmp(nm, "p")) {
				check_phrases(r, n, o, fl);
				check_element_quotes(r, n, o);
			} else if (!strcmp(nm, "pb")) {
				check_idpat(r, n, o);
				check_structure(r, n, o);
			} else if (!strcmp(nm, "persName")) {
				check_structure(r, n, o);
				check_phrases(r, n, o, fl);
				check_signer(r, n, o);
				check_lists(r, n, o, fl);
			} else if (!strcmp(nm, "placeName"))
				check_phrases(r, n, o, fl);
			else if (!strcmp(nm, "publicationStmt"))
				check_header(r, n, o);
			break;
		case 'r':
			if (!strcmp(nm, "ref"))
				check_structure(r, n, o);
			break;
		case 's':
			if (!strcmp(nm, "seg")) {
				check_phrases(r, n, o, fl);
				check_element_quotes(r, n, o);
			} else if (!strcmp(nm, "signed"))
				check_phrases(r, n, o, fl);
			break;
		case 't':
			if (!strcmp(nm, "title") || !strcmp(nm, "titleStmt"))
				check_header(r, n, o);
			else if (!strcmp(nm, "table"))
				check_phrases(r, n, o, fl);
			else if (!strcmp(nm, "term"))
				check_lists(r, n, o, fl);
			break;
		}
	} else if (is(n, FRUS_NS, "attachment")) {
		check_structure(r, n, o);
	}

	xmlNodePtr before = r->last_text;
	push(r, n, o, k);
	for (xmlNodePtr c = n->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE || text_node(c))
			walk(r, c);
	r->depth--;
	check_break(r, n, o, before);

	/* closed: now a preceding:: node for what follows */
	if (T(n, "div") && numbered(n) && (!r->prev_div.n || o > r->prev_div.order)) {
		r->prev_div.n = n;
		r->prev_div.order = o;
	}
	if (doc_div(n))
		r->closed_docdiv = 1;
	if (T(n, "note") && numbered(n) && (!r->prev_note.n || o > r->prev_note.order)) {
		r->prev_note.n = n;
		r->prev_note.order = o;
	}
}

static int
by_emission(const void *a, const void *b)
{
	const finding *x = a, *y = b;
	if (x->pat != y->pat)
		return x->pat < y->pat ? -1 : 1;
	if (x->order != y->order)
		return x->order < y->order ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

uint64_t
frus_rules_hash(const void *bytes, size_t n)
{
	const unsigned char *p = bytes;
	uint64_t h = UINT64_C(0xcbf29ce484222325);
	for (size_t i = 0; i < n; i++) {
		h ^= p[i];
		h *= UINT64_C(0x100000001b3);
	}
	return h;
}

void
frus_rules_check(xmlDocPtr doc, frus_re_cache *re, frus_diags *out)
{
	R r;
	memset(&r, 0, sizeof r);
	r.doc = doc;
	r.re = re;
	r.ids = xmlHashCreate(16);
	r.renditions = xmlHashCreate(4);
	if (!r.ids || !r.renditions)
		frus_die(FRUS_EXIT_USAGE, "out of memory");
	xmlNodePtr root = xmlDocGetRootElement(doc);
	if (root)
		facts(&r, root, 0, 0);
	xmlNodePtr text = T(root, "TEI") ? child(root, "text") : NULL;
	r.volume = text && child(text, "front");
	xmlNodePtr hdr = T(root, "TEI") ? child(root, "teiHeader") : NULL;
	if (hdr)
		header_facts(&r, hdr->children);

	r.order = 0;
	check_root(&r);
	if (root)
		walk(&r, root);
	resolve_breaks(&r, NULL);

	if (r.nv > 1)
		qsort(r.v, r.nv, sizeof *r.v, by_emission);
	for (size_t i = 0; i < r.nv; i++) {
		finding *f = &r.v[i];
		char *path = frus_node_path(f->node);
		frus_diags_add_found(out, f->node ? xmlGetLineNo(f->node) : 0, f->sev, f->id, f->msg, path);
		free(path);
		free(f->msg);
	}
	free(r.v);
	free(r.flags);
	free(r.stack);
	free(r.breaks);
	free(r.msg.s);
	free(r.tmp.s);
	free(r.tmp2.s);
	xmlHashFree(r.ids, NULL);
	xmlHashFree(r.renditions, NULL);
}
