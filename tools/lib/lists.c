/* lists.c — the List of Persons and the List of Abbreviations and Terms,
 * web-copy text or TEI (see lists.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/hash.h>
#include <libxml/parser.h>
#include "frus/err.h"
#include "frus/lists.h"
#include "frus/volume.h"
#include "frus/xmlio.h"

#define X(s) ((const xmlChar *)(s))

static const char BULLET[] = "\xe2\x80\xa2";   /* U+2022 */

static int
head_is(const char *s, size_t n, const char *w)
{
	size_t k = strlen(w);
	return n == k && strncmp(s, w, k) == 0;
}

enum frus_list_kind
frus_list_kind_of_head(const char *s, size_t n)
{
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	while (n && (*s == ' ' || *s == '\t'))
		s++, n--;
	/* every head also comes as "List of …" */
	if (n > 8 && strncmp(s, "List of ", 8) == 0)
		s += 8, n -= 8;
	if (head_is(s, n, "Persons"))
		return FRUS_LIST_PERSONS;
	if (head_is(s, n, "Abbreviations") || head_is(s, n, "Abbreviations and Terms") ||
	    head_is(s, n, "Terms") || head_is(s, n, "Abbreviations and Symbols") ||
	    head_is(s, n, "Abbreviations, Symbols, and Terms") ||
	    head_is(s, n, "Abbreviations and Acronyms"))
		return FRUS_LIST_TERMS;
	return FRUS_LIST_NONE;
}

/* ---- splitting an entry's text into its names and its description ---- */

/* Quote characters that open or close a nickname. */
static int
open_quote(const char *s)
{
	return *s == '"' || strncmp(s, "\xe2\x80\x9c", 3) == 0;
}

static int
close_quote_len(const char *s)
{
	if (*s == '"')
		return 1;
	return strncmp(s, "\xe2\x80\x9d", 3) == 0 ? 3 : 0;
}

/* Offsets of the commas of s[0..n-1] outside quotes and parentheses. */
static size_t
fields(const char *s, size_t n, size_t *cuts, size_t max)
{
	size_t k = 0;
	int depth = 0, inq = 0;
	for (size_t i = 0; i < n; i++) {
		if (!inq && open_quote(s + i) && (s[i] != '"' || i == 0 || s[i - 1] == ' ')) {
			inq = 1;
			i += s[i] == '"' ? 0 : 2;
			continue;
		}
		int cq = inq ? close_quote_len(s + i) : 0;
		if (cq) {
			inq = 0;
			i += (size_t)cq - 1;
			continue;
		}
		if (s[i] == '(')
			depth++;
		else if (s[i] == ')' && depth)
			depth--;
		else if (s[i] == ',' && !depth && !inq && k < max)
			cuts[k++] = i;
	}
	return k;
}

/* Words that open a description, not a given name ("Hassan II, King of
 * Morocco", "Baker, Howard H. Jr., Senator (R-Tennessee)"). */
static const char *const TITLE_WORDS[] = {
	"Acting", "Adviser", "Advisor", "Administrator", "Admiral", "Also", "Ambassador",
	"Assistant", "Attorney", "Bishop", "Captain", "Chair", "Chairman", "Chancellor",
	"Chargé", "Chief", "Colonel", "Commander", "Commissioner", "Consul", "Correspondent",
	"Counsel", "Counselor", "Crown", "Delegate", "Deputy", "Director", "Editor", "Emperor",
	"Envoy", "Executive", "Foreign", "Former", "General", "Governor", "Head", "Judge",
	"Justice", "King", "Leader", "Lieutenant", "Major", "Marshal", "Mayor", "Member",
	"Minister", "Officer", "Premier", "President", "Prime", "Prince", "Princess",
	"Professor", "Queen", "Representative", "Secretary", "See", "Senator", "Shah",
	"Speaker", "Special", "Spokesman", "Sultan", "Under", "Vice", NULL
};

static const char *const PARTICLES[] = {
	"al", "bin", "da", "das", "de", "del", "della", "der", "di", "do", "dos", "du",
	"el", "ibn", "la", "le", "or", "ten", "ter", "van", "von", "y", NULL
};

static int
in_words(const char *const *w, const char *s, size_t n)
{
	for (; *w; w++)
		if (strlen(*w) == n && strncmp(*w, s, n) == 0)
			return 1;
	return 0;
}

static int
is_suffix(const char *s, size_t n)
{
	static const char *const SUF[] = { "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", "Ill",
	                                   "2d", "3d", NULL };
	return in_words(SUF, s, n);
}

static const char *
skip_sp(const char *s, const char *e)
{
	while (s < e && (*s == ' ' || *s == '\t'))
		s++;
	return s;
}

/* Whether s[0..n-1] reads as (part of) a name: capitalised words, initials,
 * particles, quoted nicknames, suffixes.  *qend receives the end of the
 * longest prefix that is a name ending with a closing quote, when the
 * whole is not one ("Samuel R. "Sandy," member"). */
static int
name_like(const char *s, size_t n, size_t *qend)
{
	const char *p = s, *e = s + n;
	int words = 0, inq = 0;
	*qend = 0;
	while ((p = skip_sp(p, e)) < e) {
		const char *w = p;
		while (p < e && *p != ' ')
			p++;
		size_t wl = (size_t)(p - w);
		int quoted = inq || open_quote(w);
		if (quoted) {
			inq = 1;
			for (const char *q = w + 1; q < p; q++)
				if (close_quote_len(q) && (*q != '"' || q > w)) {
					inq = 0;
					*qend = (size_t)(p - s);
				}
			words++;
			continue;
		}
		if (memchr(w, ';', wl) || memchr(w, ':', wl))
			return 0;
		if (in_words(PARTICLES, w, wl) || is_suffix(w, wl) ||
		    (wl >= 3 && (strncmp(w, "al-", 3) == 0 || strncmp(w, "el-", 3) == 0))) {
			words++;
			continue;
		}
		unsigned char c0 = (unsigned char)*w;
		if (c0 == '(' || c0 >= 0x80 || (c0 >= 'A' && c0 <= 'Z')) {
			if (in_words(TITLE_WORDS, w, wl))
				return 0;
			if (strncmp(w, "(R-", 3) == 0 || strncmp(w, "(D-", 3) == 0)
				return 0;
			/* "Smith, Howard K. co-anchor": an initial can end the name */
			if (wl == 2 && w[1] == '.')
				*qend = (size_t)(p - s);
			words++;
			continue;
		}
		return 0;
	}
	return words > 0 && words <= 6;
}

/* Ranks and forms of address written before the given names ("Haig,
 * General Alexander M.", "Templar, Field Marshal Sir Gerald"). */
static const char *const RANKS[] = {
	"Adm.", "Admiral", "Brig.", "Brigadier", "Capt.", "Captain", "Cdr.", "Cmdr.", "Col.",
	"Colonel", "Commander", "Commodore", "Dame", "Dr.", "Field", "Gen.", "General", "Lady",
	"Lieutenant", "Lord", "Lt.", "Madame", "Maj.", "Major", "Marshal", "Mme.", "Mr.", "Mrs.",
	"Prince", "Princess", "Rear", "Sergeant", "Sgt.", "Sir", "Vice", "Viscount", NULL
};

/* How many words of s[0..n-1] open it as ranks; *rest receives
 * where the words after them begin. */
static size_t
title_words(const char *s, size_t n, size_t *rest)
{
	const char *p = s, *e = s + n;
	size_t k = 0;
	*rest = 0;
	while ((p = skip_sp(p, e)) < e) {
		const char *w = p;
		while (p < e && *p != ' ')
			p++;
		size_t wl = (size_t)(p - w);
		if (!in_words(RANKS, w, wl)) {
			*rest = (size_t)(w - s);
			return k;
		}
		k++;
	}
	*rest = n;
	return k;
}

typedef struct {
	size_t b, e;      /* a name: s[b..e) */
} span;

/* A person entry: its names (1 or 2), where the bold part ends (the name,
 * and the comma when one follows) and where the description begins. */
static size_t
split_person(const char *s, size_t n, span *names, size_t *bold_end, size_t *desc)
{
	size_t cuts[64];
	size_t k = fields(s, n, cuts, 64);
	size_t fb[65], fe[65];
	for (size_t i = 0; i <= k; i++) {
		fb[i] = i == 0 ? 0 : cuts[i - 1] + 1;
		fe[i] = i == k ? n : cuts[i];
	}
	size_t end = fe[0];   /* end of the name */
	size_t i = 1, q;
	/* the given names: a field that reads as a name */
	if (k >= 1) {
		const char *f = s + fb[1];
		size_t fl = fe[1] - fb[1];
		size_t rest, nt = title_words(f, fl, &rest), q2;
		if (nt && rest == fl) {
			/* "Tran Van Don, Gen., I Corps Commander": a rank alone opens
			 * the description (the Office leaves it out of the name) */
			i = k + 1;
		} else if (name_like(f, fl, &q)) {
			end = fe[1];
			i = 2;
		} else if (nt && name_like(f + rest, fl - rest, &q2)) {
			/* "General Alexander M.": the rank and the given names */
			end = fe[1];
			i = 2;
		} else if (q) {
			end = fb[1] + q;
			i = k + 1;
		}
	}
	/* then suffixes and nicknames: "Jr.", "III", "“Mac”" */
	for (; i <= k; i++) {
		const char *f = skip_sp(s + fb[i], s + fe[i]);
		size_t fl = (size_t)(s + fe[i] - f);
		size_t wl = 0;
		while (wl < fl && f[wl] != ' ')
			wl++;
		if (!(is_suffix(f, wl) || open_quote(f)))
			break;
		if (name_like(f, fl, &q))
			end = fe[i];
		else if (q) {
			end = (size_t)(f - s) + q;
			break;
		} else
			break;
	}
	while (end > 0 && s[end - 1] == ' ')
		end--;
	size_t nn = 1;
	names[0].b = 0;
	names[0].e = end;
	/* "Deng Xiaoping (Teng Hsiao-p'ing)": a second name, its own entry */
	const char *par = memchr(s, '(', fe[0]);
	if (par && end == fe[0] && s[fe[0] - 1] == ')' && par > s && par[-1] == ' ' &&
	    memchr(par, ' ', (size_t)(s + fe[0] - par)) && k >= 1) {
		names[0].e = (size_t)(par - s) - 1;
		names[1].b = (size_t)(par - s);
		names[1].e = fe[0];
		nn = 2;
	}
	size_t d = end;
	if (d < n && s[d] == ',')
		d++;
	*bold_end = d;
	*desc = d;
	return nn;
}

/* A term entry: the terms of "ARA or ARA/LA, meaning". */
static size_t
split_term(const char *s, size_t n, span *names, size_t max, size_t *bold_end, size_t *desc)
{
	const char *c = NULL;
	for (size_t i = 0; i + 1 < n; i++)
		if (s[i] == ',' && s[i + 1] == ' ') {
			c = s + i;
			break;
		}
	size_t end = c ? (size_t)(c - s) : n;
	size_t nn = 0, b = 0;
	for (size_t i = 0; i + 4 <= end && nn + 1 < max; i++)
		if (memcmp(s + i, " or ", 4) == 0) {
			names[nn].b = b;
			names[nn++].e = i;
			b = i + 4;
		}
	names[nn].b = b;
	names[nn++].e = end;
	*bold_end = c ? end + 1 : end;
	*desc = *bold_end;
	return nn;
}

/* ---- ids ---- */

static char *
make_id(xmlHashTablePtr seen, enum frus_list_kind kind, const char *s, size_t n)
{
	char *base = frus_xmalloc(n + 8);
	size_t k = 0;
	base[k++] = kind == FRUS_LIST_PERSONS ? 'p' : 't';
	base[k++] = '_';
	int inq = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (open_quote(s + i)) {
			inq = 1;
			continue;
		}
		if (inq) {
			if (close_quote_len(s + i))
				inq = 0;
			continue;
		}
		if (kind == FRUS_LIST_PERSONS) {
			/* "III" and "II" as figures, the Office's habit */
			if ((i == 0 || s[i - 1] == ' ') && (i + 3 == n || (i + 3 < n && s[i + 3] == ' ')) &&
			    strncmp(s + i, "III", 3) == 0) {
				base[k++] = '3';
				i += 2;
				continue;
			}
			if ((i == 0 || s[i - 1] == ' ') && (i + 2 == n || (i + 2 < n && s[i + 2] == ' ')) &&
			    strncmp(s + i, "II", 2) == 0) {
				base[k++] = '2';
				i += 1;
				continue;
			}
			if (c >= 'A' && c <= 'Z')
				base[k++] = (char)c;
		} else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
			base[k++] = (char)c;
		}
	}
	if (k == 2)
		base[k++] = 'X';
	base[k] = '\0';
	size_t count = (size_t)xmlHashLookup(seen, X(base)) + 1;
	xmlHashUpdateEntry(seen, X(base), (void *)count, NULL);
	char *id = frus_xmalloc(k + 24);
	snprintf(id, k + 24, "%s_%zu", base, count);
	free(base);
	return id;
}

/* ---- TEI ---- */

static xmlNodePtr
el(xmlNodePtr parent, const char *name)
{
	return xmlNewChild(parent, parent->ns, X(name), NULL);
}

static void
set_xml_id(xmlNodePtr n, const char *id)
{
	xmlNsPtr xmlns = xmlSearchNs(n->doc, n, X("xml"));
	xmlSetNsProp(n, xmlns, X("id"), X(id));
}

static void
text_n(xmlNodePtr parent, const char *s, size_t n)
{
	if (n)
		xmlAddChild(parent, xmlNewTextLen(X(s), (int)n));
}

static xmlDocPtr
new_doc(const char *title, const char *volume, const char *id, xmlNodePtr *body)
{
	xmlDocPtr doc = xmlNewDoc(X("1.0"));
	xmlNodePtr tei = xmlNewDocNode(doc, NULL, X("TEI"), NULL);
	xmlDocSetRootElement(doc, tei);
	xmlNsPtr ns = xmlNewNs(tei, X(FRUS_TEI_NS), NULL);
	xmlSetNs(tei, ns);
	xmlNewNs(tei, X(FRUS_FRUS_NS), X("frus"));
	if (volume) {
		size_t n = strlen(volume) + strlen(id) + 2;
		char *rid = frus_xmalloc(n);
		snprintf(rid, n, "%s-%s", volume, id);
		set_xml_id(tei, rid);
		free(rid);
	}
	xmlNodePtr fd = el(el(tei, "teiHeader"), "fileDesc");
	xmlNewTextChild(el(fd, "titleStmt"), ns, X("title"), X(title));
	xmlNewTextChild(el(fd, "publicationStmt"), ns, X("p"),
	                X("Converted from plain text by frus-txt2tei (frus-tools)."));
	xmlNewTextChild(el(fd, "sourceDesc"), ns, X("p"),
	                X("Front matter of a volume of Foreign Relations of the United States, "
	                  "as copied from history.state.gov."));
	*body = el(el(tei, "text"), "body");
	return doc;
}

static void
page_break(xmlNodePtr parent, const char *n, size_t len)
{
	xmlNodePtr pb = el(parent, "pb");
	char *v = frus_xstrndup(n, len);
	xmlNewProp(pb, X("n"), X(v));
	size_t il = len + 4;
	char *id = frus_xmalloc(il);
	size_t k = 0;
	memcpy(id, "pg_", 3);
	k = 3;
	for (size_t i = 0; i < len; i++)
		if (n[i] != '[' && n[i] != ']' && n[i] != ' ')
			id[k++] = n[i];
	id[k] = '\0';
	set_xml_id(pb, id);
	free(id);
	free(v);
}

/* "[Page XIX]" on a line of its own: the page's name. */
static int
page_line(const char *s, size_t n, const char **pn, size_t *pl)
{
	while (n && s[n - 1] == ' ')
		n--;
	while (n && *s == ' ')
		s++, n--;
	if (n < 8 || strncmp(s, "[Page ", 6) != 0 || s[n - 1] != ']')
		return 0;
	*pn = s + 6;
	*pl = n - 7;
	return *pl > 0;
}

static void
add_entry(frus_list *l, xmlHashTablePtr seen, xmlNodePtr list, const char *s, size_t n,
          long line)
{
	span names[8];
	size_t bold, desc, nn;
	if (l->kind == FRUS_LIST_PERSONS)
		nn = split_person(s, n, names, &bold, &desc);
	else
		nn = split_term(s, n, names, 8, &bold, &desc);
	l->v = frus_xrealloc(l->v, (l->n + 1) * sizeof *l->v);
	frus_list_entry *e = &l->v[l->n++];
	e->names = frus_xmalloc(nn * sizeof *e->names);
	e->nnames = nn;
	e->line = line;
	const char *d = skip_sp(s + desc, s + n);
	e->desc = frus_xstrndup(d, (size_t)(s + n - d));

	xmlNodePtr item = el(list, "item");
	xmlNodePtr hi = el(item, "hi");
	xmlNewProp(hi, X("rend"), X("strong"));
	size_t at = 0;
	for (size_t i = 0; i < nn; i++) {
		text_n(hi, s + at, names[i].b - at);
		char *t = frus_xstrndup(s + names[i].b, names[i].e - names[i].b);
		char *id = make_id(seen, l->kind, t, strlen(t));
		xmlNodePtr nm = xmlNewTextChild(hi, hi->ns,
		                                X(l->kind == FRUS_LIST_PERSONS ? "persName" : "term"), X(t));
		set_xml_id(nm, id);
		e->names[i].text = t;
		e->names[i].id = id;
		at = names[i].e;
	}
	text_n(hi, s + at, bold - at);
	text_n(item, s + bold, n - bold);
}

int
frus_list_from_text(frus_list *l, const frus_text *t, const char *volume)
{
	memset(l, 0, sizeof *l);
	l->file = t->name;
	const char *p = t->buf, *end = t->buf + t->len;
	long line = 0;
	xmlNodePtr body = NULL, div = NULL, list = NULL;
	xmlHashTablePtr seen = xmlHashCreate(256);
	int rc = 0;
	while (p < end && rc == 0) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end;
		size_t n = (size_t)(le - p);
		line++;
		const char *s = skip_sp(p, le);
		const char *pn;
		size_t pl;
		if (s == le) {
			/* blank */
		} else if (!div) {
			l->kind = frus_list_kind_of_head(s, (size_t)(le - s));
			if (l->kind == FRUS_LIST_NONE) {
				frus_error(t->name, line, 1, "not a list page: the head is not "
				           "\"Persons\" or \"Abbreviations and Terms\"");
				rc = FRUS_EXIT_INVALID;
				break;
			}
			size_t hl = (size_t)(le - s);
			while (hl && s[hl - 1] == ' ')
				hl--;
			l->head = frus_xstrndup(s, hl);
			const char *id = l->kind == FRUS_LIST_PERSONS ? "persons" : "terms";
			l->doc = new_doc(l->head, volume, id, &body);
			div = el(body, "div");
			xmlNewProp(div, X("type"), X("section"));
			xmlNewProp(div, X("subtype"), X("index"));
			set_xml_id(div, id);
			xmlNewTextChild(div, div->ns, X("head"), X(l->head));
			l->div = div;
		} else if (page_line(s, (size_t)(le - s), &pn, &pl)) {
			page_break(list ? list : div, pn, pl);
		} else if ((size_t)(le - s) >= 4 && memcmp(s, BULLET, 3) == 0 && s[3] == ' ') {
			if (!list) {
				list = el(div, "list");
				xmlNewProp(list, X("type"), X(l->kind == FRUS_LIST_PERSONS ? "names" : "terms"));
			}
			const char *b = skip_sp(s + 4, le);
			size_t bl = (size_t)(le - b);
			while (bl && b[bl - 1] == ' ')
				bl--;
			if (bl == 0) {
				frus_error(t->name, line, (long)(s - p) + 1, "an empty list entry");
				rc = FRUS_EXIT_INVALID;
			} else {
				add_entry(l, seen, list, b, bl, line);
			}
		} else if (!list) {
			/* an introduction before the entries */
			size_t tl = (size_t)(le - s);
			while (tl && s[tl - 1] == ' ')
				tl--;
			xmlNodePtr para = el(div, "p");
			text_n(para, s, tl);
		} else {
			frus_error(t->name, line, (long)(s - p) + 1,
			           "a line that is not a list entry (\"  %s Name, description\") "
			           "or a page break", BULLET);
			rc = FRUS_EXIT_INVALID;
		}
		(void)n;
		p = nl ? nl + 1 : end;
	}
	xmlHashFree(seen, NULL);
	if (rc == 0 && !div) {
		frus_error(t->name, 1, 1, "empty list page");
		rc = FRUS_EXIT_INVALID;
	}
	if (rc == 0 && l->n == 0) {
		frus_error(t->name, line, 1, "a list page with no entries (\"  %s Name, description\")",
		           BULLET);
		rc = FRUS_EXIT_INVALID;
	}
	if (rc) {
		frus_list_free(l);
		l->file = t->name;
	}
	return rc;
}

/* ---- reading the TEI form ---- */


static char *
xml_id_of(xmlNodePtr n)
{
	xmlChar *v = xmlGetNsProp(n, X("id"), XML_XML_NAMESPACE);
	char *r = v ? frus_xstrdup((const char *)v) : NULL;
	xmlFree(v);
	return r;
}

/* Text with whitespace collapsed (the Office's files are indented). */
static char *
flat_text(xmlNodePtr n)
{
	xmlChar *c = xmlNodeGetContent(n);
	size_t k = 0;
	char *r = frus_xmalloc(xmlStrlen(c) + 1);
	int sp = 0;
	for (const xmlChar *p = c; p && *p; p++) {
		if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r') {
			sp = k > 0;
			continue;
		}
		if (sp)
			r[k++] = ' ';
		sp = 0;
		r[k++] = (char)*p;
	}
	r[k] = '\0';
	xmlFree(c);
	return r;
}

static xmlNodePtr
find_div(xmlNodePtr n, const char *id, const char *ltype)
{
	for (; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (frus_is_tei(n, "div")) {
			char *v = xml_id_of(n);
			int hit = v && strcmp(v, id) == 0;
			free(v);
			if (hit)
				return n;
			for (xmlNodePtr c = n->children; c; c = c->next)
				if (frus_is_tei(c, "list")) {
					xmlChar *t = xmlGetProp(c, X("type"));
					int h = t && xmlStrEqual(t, X(ltype));
					xmlFree(t);
					if (h)
						return n;
				}
		}
		xmlNodePtr r = find_div(n->children, id, ltype);
		if (r)
			return r;
	}
	return NULL;
}

static void
collect_names(xmlNodePtr n, const char *elname, frus_list_entry *e)
{
	for (xmlNodePtr c = n->children; c; c = c->next) {
		if (frus_is_tei(c, elname)) {
			char *id = xml_id_of(c);
			if (!id)
				continue;
			e->names = frus_xrealloc(e->names, (e->nnames + 1) * sizeof *e->names);
			e->names[e->nnames].text = flat_text(c);
			e->names[e->nnames++].id = id;
		} else if (c->type == XML_ELEMENT_NODE) {
			collect_names(c, elname, e);
		}
	}
}

/* The description: the item's text after its bold part. */
static char *
entry_desc(xmlNodePtr item)
{
	xmlBufferPtr b = xmlBufferCreate();
	int seen_bold = 0;
	for (xmlNodePtr c = item->children; c; c = c->next) {
		if (!seen_bold && frus_is_tei(c, "hi")) {
			seen_bold = 1;
			continue;
		}
		if (c->type == XML_TEXT_NODE)
			xmlBufferCat(b, c->content);
		else if (c->type == XML_ELEMENT_NODE && !frus_is_tei(c, "note")) {
			xmlChar *t = xmlNodeGetContent(c);
			xmlBufferCat(b, t);
			xmlFree(t);
		}
	}
	xmlNodePtr tmp = xmlNewText(xmlBufferContent(b));
	char *r = flat_text(tmp);
	xmlFreeNode(tmp);
	xmlBufferFree(b);
	/* the comma often stays outside the bold part */
	if (r[0] == ',') {
		size_t k = r[1] == ' ' ? 2 : 1;
		memmove(r, r + k, strlen(r + k) + 1);
	}
	return r;
}

static int
list_from_tei(frus_list *l, xmlDocPtr doc, const char *file, enum frus_list_kind kind)
{
	const char *id = kind == FRUS_LIST_PERSONS ? "persons" : "terms";
	const char *ltype = kind == FRUS_LIST_PERSONS ? "names" : "terms";
	const char *elname = kind == FRUS_LIST_PERSONS ? "persName" : "term";
	memset(l, 0, sizeof *l);
	l->file = file;
	l->kind = kind;
	l->doc = doc;
	l->div = find_div(xmlDocGetRootElement(doc), id, ltype);
	if (!l->div) {
		frus_error(file, 0, 0, "no list of %s here (div xml:id=\"%s\" or list type=\"%s\")",
		           kind == FRUS_LIST_PERSONS ? "persons" : "terms", id, ltype);
		return FRUS_EXIT_INVALID;
	}
	for (xmlNodePtr c = l->div->children; c; c = c->next)
		if (frus_is_tei(c, "head") && !l->head)
			l->head = flat_text(c);
	for (xmlNodePtr c = l->div->children; c; c = c->next) {
		if (!frus_is_tei(c, "list"))
			continue;
		for (xmlNodePtr it = c->children; it; it = it->next) {
			if (!frus_is_tei(it, "item"))
				continue;
			frus_list_entry e = { 0 };
			e.line = xmlGetLineNo(it);
			collect_names(it, elname, &e);
			if (!e.nnames)
				continue;
			e.desc = entry_desc(it);
			l->v = frus_xrealloc(l->v, (l->n + 1) * sizeof *l->v);
			l->v[l->n++] = e;
		}
	}
	if (!l->head)
		l->head = frus_xstrdup(kind == FRUS_LIST_PERSONS ? "Persons" : "Abbreviations and Terms");
	if (l->n == 0) {
		frus_error(file, 0, 0, "the list of %s has no entries with an xml:id", id);
		return FRUS_EXIT_INVALID;
	}
	return 0;
}

int
frus_list_read(frus_list *l, const char *path, enum frus_list_kind kind)
{
	frus_text t;
	int rc = frus_text_read(&t, path, FRUS_ENC_UTF8);
	if (rc)
		return rc;
	const char *s = t.buf;
	while (*s == ' ' || *s == '\n' || *s == '\t')
		s++;
	if (*s == '<') {
		xmlDocPtr doc = frus_xml_read_memory(t.name, t.buf, t.len);
		if (!doc) {
			frus_text_free(&t);
			return FRUS_EXIT_USAGE;
		}
		rc = list_from_tei(l, doc, path ? path : "<stdin>", kind);
	} else {
		rc = frus_list_from_text(l, &t, NULL);
		if (rc == 0 && l->kind != kind) {
			frus_error(t.name, 1, 1, "this is the list of %s, not of %s",
			           l->kind == FRUS_LIST_PERSONS ? "persons" : "terms",
			           kind == FRUS_LIST_PERSONS ? "persons" : "terms");
			rc = FRUS_EXIT_INVALID;
		}
	}
	/* messages name the file, which outlives t */
	l->file = path && strcmp(path, "-") != 0 ? path : "<stdin>";
	frus_text_free(&t);
	return rc;
}

void
frus_list_free(frus_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		for (size_t k = 0; k < l->v[i].nnames; k++) {
			free(l->v[i].names[k].text);
			free(l->v[i].names[k].id);
		}
		free(l->v[i].names);
		free(l->v[i].desc);
	}
	free(l->v);
	free(l->head);
	xmlFreeDoc(l->doc);
	memset(l, 0, sizeof *l);
}

void
frus_list_adopt(frus_list *l, xmlNodePtr parent)
{
	xmlUnlinkNode(l->div);
	if (xmlDOMWrapAdoptNode(NULL, l->doc, l->div, parent->doc, parent, 0) != 0)
		frus_die(FRUS_EXIT_USAGE, "cannot move the list into the volume");
	xmlAddChild(parent, l->div);
}
