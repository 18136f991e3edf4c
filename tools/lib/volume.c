/* volume.c — document files to one volume and back (see volume.h). */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/chvalid.h>
#include <libxml/hash.h>
#include <libxml/tree.h>
#include "frus/err.h"
#include "frus/out.h"
#include "frus/text.h"
#include "frus/volume.h"
#include "frus/xmlio.h"

#define X(s) ((const xmlChar *)(s))

/* ---- metadata ------------------------------------------------------- */

void
frus_volmeta_free(frus_volmeta *m)
{
	char **f[] = { &m->id, &m->title, &m->complete, &m->series, &m->sub_series,
	               &m->volume_number, &m->publisher, &m->pubplace, &m->date,
	               &m->content_from, &m->content_to, &m->isbn13, &m->isbn10,
	               &m->dospubno, &m->note, &m->source };
	for (size_t i = 0; i < sizeof f / sizeof f[0]; i++) {
		free(*f[i]);
		*f[i] = NULL;
	}
	for (size_t i = 0; i < m->neditors; i++) {
		free(m->editors[i]);
		free(m->roles[i]);
	}
	free(m->editors);
	free(m->roles);
	m->editors = m->roles = NULL;
	m->neditors = 0;
}

static void
setstr(char **f, const char *v)
{
	free(*f);
	*f = frus_xstrdup(v);
}

int
frus_volmeta_set(frus_volmeta *m, const char *key, const char *v)
{
	static const struct { const char *key; size_t off; } keys[] = {
		{ "id", offsetof(frus_volmeta, id) },
		{ "title", offsetof(frus_volmeta, title) },
		{ "complete-title", offsetof(frus_volmeta, complete) },
		{ "series", offsetof(frus_volmeta, series) },
		{ "sub-series", offsetof(frus_volmeta, sub_series) },
		{ "volume-number", offsetof(frus_volmeta, volume_number) },
		{ "publisher", offsetof(frus_volmeta, publisher) },
		{ "pub-place", offsetof(frus_volmeta, pubplace) },
		{ "date", offsetof(frus_volmeta, date) },
		{ "isbn-13", offsetof(frus_volmeta, isbn13) },
		{ "isbn-10", offsetof(frus_volmeta, isbn10) },
		{ "dospubno", offsetof(frus_volmeta, dospubno) },
		{ "note", offsetof(frus_volmeta, note) },
		{ "source", offsetof(frus_volmeta, source) },
	};
	for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
		if (strcmp(key, keys[i].key) == 0) {
			setstr((char **)((char *)m + keys[i].off), v);
			return 0;
		}
	if (strcmp(key, "content-date") == 0) {
		/* FROM/TO (ISO 8601 interval) or one date for both ends. */
		const char *slash = strchr(v, '/');
		free(m->content_from);
		free(m->content_to);
		m->content_from = slash ? frus_xstrndup(v, (size_t)(slash - v)) : frus_xstrdup(v);
		m->content_to = frus_xstrdup(slash ? slash + 1 : v);
		return 0;
	}
	if (strcmp(key, "editor") == 0) {
		const char *colon = strrchr(v, ':');
		const char *role = "primary";
		size_t nlen = strlen(v);
		if (colon) {
			role = colon + 1;
			if (strcmp(role, "primary") != 0 && strcmp(role, "general") != 0)
				return -1;
			nlen = (size_t)(colon - v);
		}
		m->editors = frus_xrealloc(m->editors, (m->neditors + 1) * sizeof *m->editors);
		m->roles = frus_xrealloc(m->roles, (m->neditors + 1) * sizeof *m->roles);
		m->editors[m->neditors] = frus_xstrndup(v, nlen);
		m->roles[m->neditors] = frus_xstrdup(role);
		m->neditors++;
		return 0;
	}
	return -1;
}

static char *
trim(char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	size_t n = strlen(s);
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
		s[--n] = '\0';
	return s;
}

int
frus_volmeta_read(frus_volmeta *m, const char *path)
{
	char *buf;
	size_t len;
	int rc = 0;

	if (frus_slurp(path, &buf, &len) != 0) {
		frus_error(path, 0, 0, "cannot read: %s", strerror(errno));
		return FRUS_EXIT_USAGE;
	}
	long lineno = 0;
	for (char *line = buf, *next; line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		lineno++;
		char *s = trim(line);
		if (*s == '\0' || *s == '#')
			continue;
		char *colon = strchr(s, ':');
		if (!colon) {
			frus_error(path, lineno, 1, "expected \"key: value\"");
			rc = FRUS_EXIT_INVALID;
			continue;
		}
		*colon = '\0';
		char *key = trim(s), *val = trim(colon + 1);
		for (char *k = key; *k; k++)
			*k = (char)tolower((unsigned char)*k);
		if (*val == '\0') {
			frus_error(path, lineno, (long)(colon - line) + 2, "empty value for \"%s\"", key);
			rc = FRUS_EXIT_INVALID;
		} else if (frus_volmeta_set(m, key, val) != 0) {
			if (strcmp(key, "editor") == 0)
				frus_error(path, lineno, (long)(val - line) + 1,
				           "editor role must be primary or general: \"%s\"", val);
			else
				frus_error(path, lineno, 1, "unknown key \"%s\"", key);
			rc = FRUS_EXIT_INVALID;
		}
	}
	free(buf);
	return rc;
}

void
frus_volmeta_merge(frus_volmeta *dst, frus_volmeta *src)
{
	char **d[] = { &dst->id, &dst->title, &dst->complete, &dst->series, &dst->sub_series,
	               &dst->volume_number, &dst->publisher, &dst->pubplace, &dst->date,
	               &dst->content_from, &dst->content_to, &dst->isbn13, &dst->isbn10,
	               &dst->dospubno, &dst->note, &dst->source };
	char **s[] = { &src->id, &src->title, &src->complete, &src->series, &src->sub_series,
	               &src->volume_number, &src->publisher, &src->pubplace, &src->date,
	               &src->content_from, &src->content_to, &src->isbn13, &src->isbn10,
	               &src->dospubno, &src->note, &src->source };
	for (size_t i = 0; i < sizeof d / sizeof d[0]; i++)
		if (*s[i]) {
			free(*d[i]);
			*d[i] = *s[i];
			*s[i] = NULL;
		}
	if (src->neditors) {
		frus_volmeta tmp = { 0 };
		tmp.neditors = dst->neditors;
		tmp.editors = dst->editors;
		tmp.roles = dst->roles;
		frus_volmeta_free(&tmp);
		dst->neditors = src->neditors;
		dst->editors = src->editors;
		dst->roles = src->roles;
		src->neditors = 0;
		src->editors = src->roles = NULL;
	}
	frus_volmeta_free(src);
}

/* ---- tree helpers --------------------------------------------------- */


static xmlNodePtr
child(xmlNodePtr parent, const char *name)
{
	for (xmlNodePtr c = parent ? parent->children : NULL; c; c = c->next)
		if (frus_is_tei(c, name))
			return c;
	return NULL;
}

static int
attr_is(xmlNodePtr n, const char *name, const char *value)
{
	xmlAttrPtr a = xmlHasNsProp(n, X(name), NULL);
	return a && a->children && a->children->type == XML_TEXT_NODE &&
	       xmlStrEqual(a->children->content, X(value));
}

static int
is_document(xmlNodePtr n)
{
	return frus_is_tei(n, "div") && attr_is(n, "type", "document");
}

static const xmlChar *
xml_id(xmlNodePtr n)
{
	xmlAttrPtr a = xmlHasNsProp(n, X("id"), XML_XML_NAMESPACE);
	return a && a->children ? a->children->content : NULL;
}

static void
set_xml_id(xmlNodePtr n, const char *id)
{
	xmlNsPtr xmlns = xmlSearchNs(n->doc, n, X("xml"));
	xmlSetNsProp(n, xmlns, X("id"), X(id));
}

static int
is_blank(xmlNodePtr n)
{
	if (n->type != XML_TEXT_NODE)
		return 0;
	for (const xmlChar *p = n->content; p && *p; p++)
		if (!xmlIsBlank_ch(*p))
			return 0;
	return 1;
}

static xmlNodePtr
add(xmlNodePtr parent, const char *name, const char *text)
{
	return xmlNewTextChild(parent, parent->ns, X(name), text ? X(text) : NULL);
}

/* The text of a head without its footnotes, whitespace collapsed. */
static void
head_text_rec(xmlNodePtr n, xmlBufferPtr b)
{
	for (xmlNodePtr c = n->children; c; c = c->next) {
		if (c->type == XML_TEXT_NODE)
			xmlBufferCat(b, c->content);
		else if (c->type == XML_ELEMENT_NODE && !frus_is_tei(c, "note"))
			head_text_rec(c, b);
	}
}

static char *
head_text(xmlNodePtr div)
{
	xmlNodePtr head = child(div, "head");
	xmlBufferPtr b = xmlBufferCreate();
	if (head)
		head_text_rec(head, b);
	const char *s = (const char *)xmlBufferContent(b);
	char *out = frus_xmalloc(strlen(s) + 1), *o = out;
	int space = 0;
	for (; *s; s++) {
		if (xmlIsBlank_ch(*s)) {
			space = o != out;
			continue;
		}
		if (space)
			*o++ = ' ';
		space = 0;
		*o++ = *s;
	}
	*o = '\0';
	xmlBufferFree(b);
	return out;
}

/* Moves n (with its subtree) from its document into parent of another. */
static void
adopt(xmlDocPtr from, xmlNodePtr n, xmlNodePtr parent)
{
	xmlUnlinkNode(n);
	if (xmlDOMWrapAdoptNode(NULL, from, n, parent->doc, parent, 0) != 0)
		frus_die(FRUS_EXIT_USAGE, "cannot move a node between documents");
	xmlAddChild(parent, n);
}

/* ---- assembly ------------------------------------------------------- */

typedef struct {
	xmlNodePtr first, div, last;   /* a run of body children */
	char *oldid;
	const char *file;
	long line;                     /* of the div in its file (adoption resets it) */
	int comp, chap;                /* outline group indexes, -1 for none */
	xmlHashTablePtr local;         /* ids renamed in this document */
} unit;

typedef struct {
	unit *v;
	size_t n, cap;
} units;

typedef struct {
	int chapter;                   /* else compilation */
	int comp;                      /* a chapter's compilation, -1 for none */
	char *title;
	long line;
	size_t ndocs;
	xmlNodePtr div;
} group;

typedef struct {
	group *v;
	size_t n;
} outline;

static void
free_str(void *p, const xmlChar *name)
{
	(void)name;
	free(p);
}

/* Collects the document divs of one input's body into the volume body.
 * Chapter-like divs of the input are dissolved (the outline makes the
 * volume's); what precedes a document (its pb) goes with it. */
static void
collect(xmlDocPtr from, xmlNodePtr parent, xmlNodePtr body, units *u,
        const char *file, xmlNodePtr *pending)
{
	xmlNodePtr next;
	for (xmlNodePtr c = parent->children; c; c = next) {
		next = c->next;
		if (is_document(c)) {
			if (u->n == u->cap) {
				u->cap = u->cap ? 2 * u->cap : 64;
				u->v = frus_xrealloc(u->v, u->cap * sizeof *u->v);
			}
			unit *d = &u->v[u->n++];
			memset(d, 0, sizeof *d);
			d->line = xmlGetLineNo(c);
			adopt(from, c, body);
			c->_private = (void *)file;   /* where it came from, for later warnings */
			d->first = *pending ? *pending : c;
			d->div = d->last = c;
			d->file = file;
			d->comp = d->chap = -1;
			const xmlChar *id = xml_id(c);
			d->oldid = id ? frus_xstrdup((const char *)id) : NULL;
			*pending = NULL;
		} else if (frus_is_tei(c, "div")) {
			collect(from, c, body, u, file, pending);
		} else if (c->type == XML_ELEMENT_NODE || c->type == XML_COMMENT_NODE ||
		           c->type == XML_PI_NODE) {
			if (frus_is_tei(c, "head") && parent->type == XML_ELEMENT_NODE &&
			    !frus_is_tei(parent, "body"))
				continue;   /* the head of a dissolved chapter */
			adopt(from, c, body);
			if (!*pending)
				*pending = c;
		} else if (c->type == XML_TEXT_NODE && !is_blank(c)) {
			frus_warning(file, xmlGetLineNo(c), 0, "text outside any document div dropped");
		}
	}
}

/* Reads one input and moves its documents into body.  Returns a status. */
static int
read_input(const char *path, xmlNodePtr body, units *u, char **rootid)
{
	xmlDocPtr doc = frus_xml_read(path);
	if (!doc)
		return FRUS_EXIT_USAGE;
	const char *name = (!path || strcmp(path, "-") == 0) ? "<stdin>" : path;
	xmlNodePtr root = xmlDocGetRootElement(doc);
	xmlNodePtr body_in = child(child(root, "text"), "body");
	if (!frus_is_tei(root, "TEI") || !body_in) {
		if (!frus_is_tei(root, "TEI"))
			frus_error(name, xmlGetLineNo(root), 0, "not a TEI document: the root element is "
			           "<%s>, expected <TEI> in namespace %s", root->name, FRUS_TEI_NS);
		else
			frus_error(name, xmlGetLineNo(root), 0, "not a TEI document: no text/body");
		xmlFreeDoc(doc);
		return FRUS_EXIT_INVALID;
	}
	if (!*rootid && xml_id(root))
		*rootid = frus_xstrdup((const char *)xml_id(root));
	size_t before = u->n;
	xmlNodePtr pending = NULL;
	collect(doc, body_in, body, u, name, &pending);
	int rc = 0;
	if (u->n == before) {
		frus_error(name, xmlGetLineNo(body_in), 0,
		           "no document in body (expected <div type=\"document\">)");
		rc = FRUS_EXIT_INVALID;
		/* Whatever was moved belongs to no document: drop it. */
		while (pending) {
			xmlNodePtr nx = pending->next;
			xmlUnlinkNode(pending);
			xmlFreeNode(pending);
			pending = nx;
		}
	} else if (pending) {
		/* Trailing page breaks stay with the file's last document. */
		u->v[u->n - 1].last = body->last;
	}
	xmlFreeDoc(doc);
	return rc;
}

/* ---- outline -------------------------------------------------------- */

static void
outline_free(outline *o)
{
	for (size_t i = 0; i < o->n; i++)
		free(o->v[i].title);
	free(o->v);
}

/* Index of the first unit at or after pos with id, or n. */
static size_t
find_unit(const units *u, size_t pos, const char *id)
{
	for (size_t k = pos; k < u->n; k++)
		if (u->v[k].oldid && strcmp(u->v[k].oldid, id) == 0)
			return k;
	return u->n;
}

static int
outline_read(outline *o, const char *path, units *u)
{
	char *buf;
	size_t len, pos = 0;
	int rc = 0, comp = -1;
	long lineno = 0;

	if (frus_slurp(path, &buf, &len) != 0) {
		frus_error(path, 0, 0, "cannot read: %s", strerror(errno));
		return FRUS_EXIT_USAGE;
	}
	for (char *line = buf, *next; line && rc == 0; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		lineno++;
		char *s = trim(line);
		if (*s == '\0' || *s == '#')
			continue;
		int ischap = strncmp(s, "chapter:", 8) == 0;
		if (ischap || strncmp(s, "compilation:", 12) == 0) {
			char *title = trim(s + (ischap ? 8 : 12));
			if (!*title) {
				frus_error(path, lineno, 1, "a %s needs a title",
				           ischap ? "chapter" : "compilation");
				rc = FRUS_EXIT_INVALID;
				break;
			}
			o->v = frus_xrealloc(o->v, (o->n + 1) * sizeof *o->v);
			group *g = &o->v[o->n];
			memset(g, 0, sizeof *g);
			g->chapter = ischap;
			g->comp = ischap ? comp : -1;
			g->title = frus_xstrdup(title);
			g->line = lineno;
			if (!ischap)
				comp = (int)o->n;
			o->n++;
			continue;
		}
		if (o->n == 0) {
			frus_error(path, lineno, 1, "documents listed before the first "
			           "\"chapter:\" or \"compilation:\" line");
			rc = FRUS_EXIT_INVALID;
			break;
		}
		/* A list of ids and ranges (A..B or A-B), spaces or commas between. */
		for (char *tok = strtok(s, " \t,"); tok && rc == 0; tok = strtok(NULL, " \t,")) {
			long col = (long)(tok - line) + 1;
			size_t a = pos < u->n && u->v[pos].oldid && strcmp(u->v[pos].oldid, tok) == 0
			           ? pos : u->n, b = a;
			if (a == u->n) {
				char *sep = strstr(tok, "..");
				size_t seplen = 2;
				if (!sep) {
					sep = strchr(tok, '-');
					seplen = 1;
				}
				if (sep) {
					*sep = '\0';
					a = pos < u->n && u->v[pos].oldid &&
					    strcmp(u->v[pos].oldid, tok) == 0 ? pos : u->n;
					b = a < u->n ? find_unit(u, a, sep + seplen) : u->n;
					if (a < u->n && b == u->n) {
						frus_error(path, lineno, col + (long)(sep - tok) + (long)seplen,
						           "no document \"%s\" at or after \"%s\"",
						           sep + seplen, tok);
						rc = FRUS_EXIT_INVALID;
						break;
					}
				}
			}
			if (a == u->n) {
				if (pos >= u->n)
					frus_error(path, lineno, col, "\"%s\": every document is "
					           "already listed", tok);
				else
					frus_error(path, lineno, col, "\"%s\": expected the next document "
					           "in input order, \"%s\" (%s)", tok,
					           u->v[pos].oldid ? u->v[pos].oldid : "(no id)",
					           u->v[pos].file);
				rc = FRUS_EXIT_INVALID;
				break;
			}
			for (size_t k = a; k <= b; k++) {
				group *g = &o->v[o->n - 1];
				u->v[k].chap = g->chapter ? (int)(o->n - 1) : -1;
				u->v[k].comp = g->chapter ? g->comp : (int)(o->n - 1);
				g->ndocs++;
				if (g->chapter && g->comp >= 0)
					o->v[g->comp].ndocs++;
			}
			pos = b + 1;
		}
	}
	if (rc == 0 && pos < u->n) {
		frus_error(path, lineno, 0, "document \"%s\" (%s) and %zu more are not in the outline",
		           u->v[pos].oldid ? u->v[pos].oldid : "(no id)", u->v[pos].file,
		           u->n - pos - 1);
		rc = FRUS_EXIT_INVALID;
	}
	for (size_t i = 0; rc == 0 && i < o->n; i++)
		if (o->v[i].ndocs == 0)
			frus_warning(path, o->v[i].line, 1, "%s \"%s\" has no documents",
			             o->v[i].chapter ? "chapter" : "compilation", o->v[i].title);
	free(buf);
	return rc;
}

/* ---- ids ------------------------------------------------------------ */

/* cand, or cand_1, cand_2 ... whichever is free; marked used.  malloc'd. */
static char *
unique_id(xmlHashTablePtr used, const char *cand)
{
	char *id = frus_xstrdup(cand);
	size_t n = strlen(cand) + 24;
	for (unsigned k = 1; xmlHashLookup(used, X(id)); k++) {
		id = frus_xrealloc(id, n);
		snprintf(id, n, "%s_%u", cand, k);
	}
	xmlHashAddEntry(used, X(id), (void *)1);
	return id;
}

static void
rename_ids(xmlNodePtr n, unit *d, const char *olddiv, const char *newdiv,
           xmlHashTablePtr used, xmlHashTablePtr global)
{
	for (; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		const xmlChar *v = xml_id(n);
		if (v && n != d->div) {
			size_t ol = olddiv ? strlen(olddiv) : 0;
			char *cand;
			/* Footnote and other ids that follow the div id (d425fn2)
			 * follow it when it changes. */
			if (ol && strncmp((const char *)v, olddiv, ol) == 0 && v[ol] &&
			    !isdigit(v[ol]) && strcmp(olddiv, newdiv) != 0) {
				size_t cl = strlen(newdiv) + strlen((const char *)v + ol) + 1;
				cand = frus_xmalloc(cl);
				snprintf(cand, cl, "%s%s", newdiv, (const char *)v + ol);
			} else {
				cand = frus_xstrdup((const char *)v);
			}
			char *final = unique_id(used, cand);
			free(cand);
			if (!xmlHashLookup(global, v))
				xmlHashAddEntry(global, v, frus_xstrdup(final));
			if (strcmp(final, (const char *)v) != 0) {
				if (!d->local)
					d->local = xmlHashCreate(16);
				xmlHashAddEntry(d->local, v, frus_xstrdup(final));
				set_xml_id(n, final);   /* frees v */
			}
			free(final);
		}
		rename_ids(n->children, d, olddiv, newdiv, used, global);
	}
}

static int
rewrite_ptrs(xmlNodePtr n, xmlHashTablePtr local, xmlHashTablePtr global, xmlBufferPtr b)
{
	static const char *const attrs[] = { "target", "corresp" };
	int changed = 0;
	for (; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		for (size_t i = 0; n->properties && i < 2; i++) {
			xmlAttrPtr a = xmlHasNsProp(n, X(attrs[i]), NULL);
			if (!a || !a->children || a->children->type != XML_TEXT_NODE)
				continue;
			const xmlChar *v = a->children->content;
			if (!xmlStrchr(v, '#'))
				continue;
			int any = 0;
			xmlBufferEmpty(b);
			/* Whitespace-separated pointers, each "#id" or something else. */
			for (const xmlChar *p = v; *p;) {
				const xmlChar *e = p;
				while (*e && !xmlIsBlank_ch(*e))
					e++;
				const char *to = NULL;
				if (*p == '#' && e > p + 1) {
					xmlChar *key = xmlStrndup(p + 1, (int)(e - p - 1));
					to = local ? xmlHashLookup(local, key) : NULL;
					if (!to)
						to = xmlHashLookup(global, key);
					if (to && xmlStrEqual(key, X(to)))
						to = NULL;
					xmlFree(key);
				}
				if (to) {
					xmlBufferCCat(b, "#");
					xmlBufferCCat(b, to);
					any = 1;
				} else {
					xmlBufferAdd(b, p, (int)(e - p));
				}
				for (p = e; *p && xmlIsBlank_ch(*p); p++)
					xmlBufferAdd(b, p, 1);
			}
			if (any) {
				xmlSetProp(n, X(attrs[i]), xmlBufferContent(b));
				changed++;
			}
		}
		changed += rewrite_ptrs(n->children, local, global, b);
	}
	return changed;
}

/* Makes every id unique, renumbering documents if asked, and repoints
 * every "#id" that referred to a renamed id. */
static void
fix_ids(units *u, xmlHashTablePtr used, int renumber)
{
	xmlHashTablePtr global = xmlHashCreate((int)u->n * 8 + 16);
	size_t renamed = 0;

	for (size_t k = 0; k < u->n; k++) {
		unit *d = &u->v[k];
		char buf[32];
		const char *want = d->oldid;
		if (renumber || !want) {
			snprintf(buf, sizeof buf, "d%zu", k + 1);
			want = buf;
		}
		char *newdiv = unique_id(used, want);
		if (d->oldid && !xmlHashLookup(global, X(d->oldid)))
			xmlHashAddEntry(global, X(d->oldid), frus_xstrdup(newdiv));
		if (!d->oldid || strcmp(newdiv, d->oldid) != 0) {
			if (d->oldid && !renumber)
				frus_warning(d->file, d->line, 0, "document id \"%s\" is "
				             "already used: renamed \"%s\"", d->oldid, newdiv);
			if (d->oldid) {
				d->local = xmlHashCreate(16);
				xmlHashAddEntry(d->local, X(d->oldid), frus_xstrdup(newdiv));
			}
			set_xml_id(d->div, newdiv);
		}
		/* Walk the unit's run of siblings: lead pbs, the div, trailing pbs. */
		xmlNodePtr stop = d->last->next;
		for (xmlNodePtr n = d->first; n != stop; n = n->next) {
			xmlNodePtr save = n->next;
			n->next = NULL;   /* rename_ids walks siblings: one at a time */
			rename_ids(n, d, d->oldid, newdiv, used, global);
			n->next = save;
		}
		if (d->local)
			renamed++;
		free(newdiv);
	}
	if (renamed || renumber) {
		xmlBufferPtr b = xmlBufferCreate();
		for (size_t k = 0; k < u->n; k++) {
			unit *d = &u->v[k];
			xmlNodePtr stop = d->last->next;
			for (xmlNodePtr n = d->first; n != stop; n = n->next) {
				xmlNodePtr save = n->next;
				n->next = NULL;
				rewrite_ptrs(n, d->local, global, b);
				n->next = save;
			}
		}
		xmlBufferFree(b);
	}
	xmlHashFree(global, free_str);
}

/* ---- the volume skeleton --------------------------------------------- */

static char *
default_id(const frus_volume_opts *opts, const char *rootid)
{
	if (opts->output && strcmp(opts->output, "-") != 0) {
		const char *b = strrchr(opts->output, '/');
		b = b ? b + 1 : opts->output;
		const char *dot = strrchr(b, '.');
		if (dot && dot != b)
			return frus_xstrndup(b, (size_t)(dot - b));
		if (*b)
			return frus_xstrdup(b);
	}
	if (rootid) {
		/* frus1961-63v12-d416 is document d416 of volume frus1961-63v12. */
		const char *dash = strrchr(rootid, '-');
		if (dash && dash != rootid && dash[1] == 'd' && isdigit((unsigned char)dash[2]))
			return frus_xstrndup(rootid, (size_t)(dash - rootid));
	}
	return frus_xstrdup("volume");
}

/* "1996", "1996-05" or "1996-05-17": a date the Office writes in @when as
 * well as in the text. */
static int
iso_date(const char *s)
{
	static const char *const forms[] = { "dddd", "dddd-dd", "dddd-dd-dd" };
	for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
		const char *f = forms[i], *p = s;
		while (*f && *p && (*f == 'd' ? isdigit((unsigned char)*p) : *f == *p))
			f++, p++;
		if (!*f && !*p)
			return 1;
	}
	return 0;
}

/* The text of the content date, as the Office writes it: the years,
 * "1961–1963", or one year. */
static char *
content_years(const char *from, const char *to)
{
	char buf[64];
	int nf = (int)strspn(from, "0123456789"), nt = (int)strspn(to, "0123456789");
	if (nf > 8)
		nf = 8;
	if (nt > 8)
		nt = 8;
	if (nt == 0 || (nt == nf && strncmp(from, to, (size_t)nf) == 0))
		snprintf(buf, sizeof buf, "%.*s", nf, from);
	else   /* an en dash between the years */
		snprintf(buf, sizeof buf, "%.*s\xe2\x80\x93%.*s", nf, from, nt, to);
	return frus_xstrdup(buf);
}

static void
header(xmlNodePtr h, const frus_volmeta *m, size_t ndocs)
{
	xmlNodePtr fd = add(h, "fileDesc", NULL);
	xmlNodePtr ts = add(fd, "titleStmt", NULL);
	char note[160];

	xmlNewProp(add(ts, "title", m->complete), X("type"), X("complete"));
	if (m->series)
		xmlNewProp(add(ts, "title", m->series), X("type"), X("series"));
	if (m->sub_series)
		xmlNewProp(add(ts, "title", m->sub_series), X("type"), X("sub-series"));
	if (m->volume_number)
		xmlNewProp(add(ts, "title", m->volume_number), X("type"), X("volume-number"));
	xmlNewProp(add(ts, "title", m->title), X("type"), X("volume"));
	for (size_t i = 0; i < m->neditors; i++)
		xmlNewProp(add(ts, "editor", m->editors[i]), X("role"), X(m->roles[i]));

	xmlNodePtr ps = add(fd, "publicationStmt", NULL);
	if (m->publisher) {
		add(ps, "publisher", m->publisher);
		if (m->pubplace)
			add(ps, "pubPlace", m->pubplace);
		if (m->date) {
			xmlNodePtr d = add(ps, "date", m->date);
			xmlNewProp(d, X("type"), X("publication-date"));
			if (iso_date(m->date))
				xmlNewProp(d, X("when"), X(m->date));
		}
		if (m->content_from) {
			char *years = content_years(m->content_from, m->content_to);
			xmlNodePtr d = add(ps, "date", *years ? years : NULL);
			free(years);
			xmlNewProp(d, X("type"), X("content-date"));
			xmlNewProp(d, X("notBefore"), X(m->content_from));
			xmlNewProp(d, X("notAfter"), X(m->content_to));
		}
		if (m->dospubno)
			xmlNewProp(add(ps, "idno", m->dospubno), X("type"), X("dospubno"));
		if (m->isbn10)
			xmlNewProp(add(ps, "idno", m->isbn10), X("type"), X("isbn-10"));
		if (m->isbn13)
			xmlNewProp(add(ps, "idno", m->isbn13), X("type"), X("isbn-13"));
		xmlNewProp(add(ps, "idno", m->id), X("type"), X("frus"));
	} else {
		add(ps, "p", "Not published (no publisher given).");
	}
	snprintf(note, sizeof note, "Assembled by frus-volume from %zu documents.", ndocs);
	add(add(fd, "notesStmt", NULL), "note", m->note ? m->note : note);
	add(add(fd, "sourceDesc", NULL), "p", m->source ? m->source : note);
}

static void
title_page(xmlNodePtr front, const frus_volmeta *m)
{
	xmlNodePtr tp = add(front, "titlePage", NULL);
	xmlNodePtr dt = add(tp, "docTitle", NULL);
	const char *parts[][2] = {
		{ "series", m->series }, { "sub-series", m->sub_series },
		{ "volume-number", m->volume_number }, { "volume", m->title },
	};
	for (size_t i = 0; i < 4; i++)
		if (parts[i][1])
			xmlNewProp(add(dt, "titlePart", parts[i][1]), X("type"), X(parts[i][0]));
	if (m->neditors) {
		xmlBufferPtr b = xmlBufferCreate();
		xmlBufferCCat(b, m->neditors > 1 ? "Editors: " : "Editor: ");
		for (size_t i = 0; i < m->neditors; i++) {
			if (i)
				xmlBufferCCat(b, i + 1 == m->neditors ? " and " : ", ");
			xmlBufferCCat(b, m->editors[i]);
		}
		add(tp, "byline", (const char *)xmlBufferContent(b));
		xmlBufferFree(b);
	}
	if (m->publisher || m->pubplace || m->date) {
		xmlNodePtr di = add(tp, "docImprint", NULL);
		if (m->publisher)
			add(di, "publisher", m->publisher);
		if (m->pubplace)
			add(di, "pubPlace", m->pubplace);
		if (m->date)
			add(di, "docDate", m->date);
	}
}

/* One toc item per chapter-level div and document, nested as in body. */
static void
toc_list(xmlNodePtr list, xmlNodePtr parent)
{
	for (xmlNodePtr c = parent->children; c; c = c->next) {
		if (!frus_is_tei(c, "div"))
			continue;
		const xmlChar *id = xml_id(c);
		char *text = head_text(c);
		xmlNodePtr item = add(list, "item", NULL);
		size_t tl = xmlStrlen(id) + 2;
		char *target = frus_xmalloc(tl);
		snprintf(target, tl, "#%s", id ? (const char *)id : "");
		xmlNewProp(add(item, "ref", text), X("target"), X(target));
		free(target);
		free(text);
		if (!is_document(c)) {
			xmlNodePtr sub = add(item, "list", NULL);
			xmlNewProp(sub, X("type"), X("toc"));
			toc_list(sub, c);
		}
	}
}

static void
complete_meta(frus_volmeta *m, const frus_volume_opts *opts, const char *rootid)
{
	if (!m->id)
		m->id = default_id(opts, rootid);
	if (!m->title)
		m->title = frus_xstrdup(m->id);
	if (!m->complete) {
		xmlBufferPtr b = xmlBufferCreate();
		const char *parts[] = { m->series, m->sub_series, m->volume_number, m->title };
		for (size_t i = 0; i < 4; i++)
			if (parts[i]) {
				if (xmlBufferLength(b))
					xmlBufferCCat(b, ", ");
				xmlBufferCCat(b, parts[i]);
			}
		m->complete = frus_xstrdup((const char *)xmlBufferContent(b));
		xmlBufferFree(b);
	}
}

/* Moves each document's run into its chapter or compilation div. */
static void
build_outline(xmlNodePtr body, outline *o, units *u)
{
	unsigned ncomp = 0, nchap = 0;
	char id[32];
	for (size_t i = 0; i < o->n; i++) {
		group *g = &o->v[i];
		xmlNodePtr parent = g->chapter && g->comp >= 0 ? o->v[g->comp].div : body;
		g->div = add(parent, "div", NULL);
		xmlNewProp(g->div, X("type"), X(g->chapter ? "chapter" : "compilation"));
		snprintf(id, sizeof id, g->chapter ? "ch%u" : "comp%u", g->chapter ? ++nchap : ++ncomp);
		set_xml_id(g->div, id);
		add(g->div, "head", g->title);
	}
	for (size_t k = 0; k < u->n; k++) {
		unit *d = &u->v[k];
		xmlNodePtr to = o->v[d->chap >= 0 ? d->chap : d->comp].div;
		xmlNodePtr stop = d->last->next, next;
		for (xmlNodePtr n = d->first; n != stop; n = next) {
			next = n->next;
			xmlUnlinkNode(n);
			xmlAddChild(to, n);
		}
	}
}

static void
reserve_outline_ids(xmlHashTablePtr used, const outline *o)
{
	unsigned ncomp = 0, nchap = 0;
	char id[32];
	for (size_t i = 0; i < o->n; i++) {
		snprintf(id, sizeof id, o->v[i].chapter ? "ch%u" : "comp%u",
		         o->v[i].chapter ? ++nchap : ++ncomp);
		xmlHashAddEntry(used, X(id), (void *)1);
	}
}

xmlDocPtr
frus_volume_assemble(char *const *paths, size_t n, frus_volmeta *meta,
                     const frus_volume_opts *opts, int *status)
{
	xmlDocPtr vol = xmlNewDoc(X("1.0"));
	vol->dict = xmlDictCreate();
	xmlNodePtr tei = xmlNewDocNode(vol, NULL, X("TEI"), NULL);
	xmlDocSetRootElement(vol, tei);
	xmlSetNs(tei, xmlNewNs(tei, X(FRUS_TEI_NS), NULL));
	xmlNewNs(tei, X(FRUS_FRUS_NS), X("frus"));
	/* Header and front are filled in last (they need the documents), but
	 * come first. */
	xmlNodePtr hdr = add(tei, "teiHeader", NULL);
	xmlNodePtr text = add(tei, "text", NULL);
	xmlNodePtr front = add(text, "front", NULL);
	xmlNodePtr body = add(text, "body", NULL);
	units u = { 0 };
	outline o = { 0 };
	char *rootid = NULL;
	int rc = 0;

	for (size_t i = 0; i < n; i++) {
		int r = read_input(paths[i], body, &u, &rootid);
		if (r > rc)
			rc = r;
	}
	if (rc == 0 && u.n == 0) {
		frus_error(NULL, 0, 0, "no input documents");
		rc = FRUS_EXIT_USAGE;
	}
	if (rc == 0 && opts->outline)
		rc = outline_read(&o, opts->outline, &u);
	if (rc == 0) {
		complete_meta(meta, opts, rootid);
		set_xml_id(tei, meta->id);
		xmlHashTablePtr used = xmlHashCreate((int)u.n * 16 + 16);
		xmlHashAddEntry(used, X("toc"), (void *)1);
		xmlHashAddEntry(used, X(meta->id), (void *)1);
		reserve_outline_ids(used, &o);
		fix_ids(&u, used, opts->renumber);
		xmlHashFree(used, NULL);
		if (o.n)
			build_outline(body, &o, &u);

		header(hdr, meta, u.n);

		title_page(front, meta);
		xmlNodePtr toc = add(front, "div", NULL);
		xmlNewProp(toc, X("type"), X("toc"));
		xmlNewProp(toc, X("subtype"), X("table-of-contents"));
		set_xml_id(toc, "toc");
		add(toc, "head", "Contents");
		xmlNodePtr list = add(toc, "list", NULL);
		xmlNewProp(list, X("type"), X("toc"));
		toc_list(list, body);
	}
	for (size_t k = 0; k < u.n; k++) {
		free(u.v[k].oldid);
		xmlHashFree(u.v[k].local, free_str);
	}
	free(u.v);
	outline_free(&o);
	free(rootid);
	*status = rc;
	if (rc) {
		xmlFreeDoc(vol);
		return NULL;
	}
	return vol;
}

/* ---- split ---------------------------------------------------------- */

static void
find_documents(xmlNodePtr parent, xmlNodePtr **v, size_t *n, size_t *cap)
{
	for (xmlNodePtr c = parent->children; c; c = c->next) {
		if (is_document(c)) {
			if (*n == *cap) {
				*cap = *cap ? 2 * *cap : 64;
				*v = frus_xrealloc(*v, *cap * sizeof **v);
			}
			(*v)[(*n)++] = c;
		} else if (frus_is_tei(c, "div")) {
			find_documents(c, v, n, cap);
		}
	}
}

static int
is_pb_or_skippable(xmlNodePtr n)
{
	return frus_is_tei(n, "pb") || is_blank(n) || n->type == XML_COMMENT_NODE;
}

/* The text of the volume's complete title (or any title), malloc'd. */
static char *
volume_title(xmlNodePtr root)
{
	xmlNodePtr ts = child(child(child(root, "teiHeader"), "fileDesc"), "titleStmt");
	xmlNodePtr any = NULL;
	for (xmlNodePtr t = ts ? ts->children : NULL; t; t = t->next)
		if (frus_is_tei(t, "title")) {
			if (attr_is(t, "type", "complete"))
				return (char *)xmlNodeGetContent(t);
			if (!any)
				any = t;
		}
	return any ? (char *)xmlNodeGetContent(any) : NULL;
}

static int
split_one(xmlDocPtr vol, xmlNodePtr div, const char *volid, const char *voltitle,
          const char *volname, const char *dir, int short_names)
{
	const char *divid = (const char *)xml_id(div);
	char *title = head_text(div);
	char *rootid, *path, pub[512];
	size_t n = (volid ? strlen(volid) : 0) + strlen(divid) + 2;

	rootid = frus_xmalloc(n);
	snprintf(rootid, n, "%s%s%s", volid ? volid : "", volid ? "-" : "", divid);
	n = strlen(dir) + strlen(rootid) + 6;
	path = frus_xmalloc(n);
	snprintf(path, n, "%s/%s.xml", dir, short_names || !volid ? divid : rootid);

	xmlDocPtr doc = xmlNewDoc(X("1.0"));
	/* Sharing the volume's dictionary spares adoption re-interning every
	 * name and short text of the document (a tenth of the split's time). */
	doc->dict = vol->dict;
	if (doc->dict)
		xmlDictReference(doc->dict);
	xmlNodePtr tei = xmlNewDocNode(doc, NULL, X("TEI"), NULL);
	xmlDocSetRootElement(doc, tei);
	xmlSetNs(tei, xmlNewNs(tei, X(FRUS_TEI_NS), NULL));
	xmlNewNs(tei, X(FRUS_FRUS_NS), X("frus"));
	set_xml_id(tei, rootid);
	xmlNodePtr fd = add(add(tei, "teiHeader", NULL), "fileDesc", NULL);
	add(add(fd, "titleStmt", NULL), "title", title);
	snprintf(pub, sizeof pub, "Split by frus-volume from %s (document %s of volume %s).",
	         volname, divid, volid ? volid : "without id");
	add(add(fd, "publicationStmt", NULL), "p", pub);
	add(add(fd, "sourceDesc", NULL), "p", voltitle ? voltitle : pub);
	xmlNodePtr body = add(add(tei, "text", NULL), "body", NULL);

	/* Page breaks just before the div go with it; so do those after it
	 * when nothing but page breaks follows in its parent. */
	xmlNodePtr first = div;
	while (first->prev && is_pb_or_skippable(first->prev))
		first = first->prev;
	xmlNodePtr last = div;
	int tail = 1;
	for (xmlNodePtr c = div->next; c && tail; c = c->next)
		if (!is_pb_or_skippable(c))
			tail = 0;
	if (tail)
		last = div->parent->last;
	xmlNodePtr stop = last->next, next;
	for (xmlNodePtr c = first; c != stop; c = next) {
		next = c->next;
		if (c->type == XML_ELEMENT_NODE) {
			adopt(vol, c, body);
		} else {
			/* Indentation left behind would pile up before the next
			 * div, making the walk back to its pb quadratic. */
			xmlUnlinkNode(c);
			xmlFreeNode(c);
		}
	}
	int rc = frus_xml_write(doc, path) == 0 ? 0 : FRUS_EXIT_USAGE;
	xmlFreeDoc(doc);
	free(title);
	free(rootid);
	free(path);
	return rc;
}

int
frus_volume_split(xmlDocPtr vol, const char *name, const char *dir, int short_names,
                  size_t *count)
{
	xmlNodePtr root = xmlDocGetRootElement(vol);
	xmlNodePtr body = child(child(root, "text"), "body");
	*count = 0;
	if (!frus_is_tei(root, "TEI") || !body) {
		frus_error(name, xmlGetLineNo(root), 0, "not a TEI volume: %s",
		           frus_is_tei(root, "TEI") ? "no text/body" : "the root element is not TEI");
		return FRUS_EXIT_INVALID;
	}
	xmlNodePtr *divs = NULL;
	size_t n = 0, cap = 0;
	find_documents(body, &divs, &n, &cap);
	if (n == 0) {
		frus_error(name, xmlGetLineNo(body), 0,
		           "no document in body (expected <div type=\"document\">)");
		return FRUS_EXIT_INVALID;
	}
	/* Check all ids first: a half-written split helps nobody. */
	int rc = 0;
	xmlHashTablePtr seen = xmlHashCreate((int)n * 2);
	for (size_t i = 0; i < n; i++) {
		const xmlChar *id = xml_id(divs[i]);
		if (!id) {
			frus_error(name, xmlGetLineNo(divs[i]), 0, "document div without xml:id");
			rc = FRUS_EXIT_INVALID;
		} else if (xmlHashAddEntry(seen, id, (void *)1) != 0) {
			frus_error(name, xmlGetLineNo(divs[i]), 0, "document id \"%s\" used twice", id);
			rc = FRUS_EXIT_INVALID;
		}
	}
	xmlHashFree(seen, NULL);
	if (rc == 0 && frus_mkdir(dir) != 0)
		rc = FRUS_EXIT_USAGE;
	const xmlChar *volid = xml_id(root);
	char *voltitle = volume_title(root);
	for (size_t i = 0; rc == 0 && i < n; i++) {
		rc = split_one(vol, divs[i], (const char *)volid, voltitle, name, dir, short_names);
		if (rc == 0)
			(*count)++;
	}
	xmlFree(voltitle);
	free(divs);
	return rc;
}
