/* diags.c — the findings of a validation, collected (see diags.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "frus/diags.h"
#include "frus/err.h"

char *
frus_diag_text(const char *s)
{
	char *out = frus_xmalloc(strlen(s) + 1), *p = out;
	int space = 0;
	for (; *s; s++) {
		if (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r') {
			space = p != out;
		} else {
			if (space)
				*p++ = ' ';
			space = 0;
			*p++ = *s;
		}
	}
	*p = '\0';
	return out;
}

static void
diag_add(frus_diags *d, long line, enum frus_severity sev, const char *rule,
         const char *msg, const char *path)
{
	if (d->n == d->cap) {
		d->cap = d->cap ? 2 * d->cap : 16;
		d->v = frus_xrealloc(d->v, d->cap * sizeof *d->v);
	}
	frus_diag *g = &d->v[d->n++];
	g->line = line > 0 ? line : 0;
	g->col = 1;
	g->sev = sev;
	g->rule = frus_xstrdup(rule);
	g->msg = frus_xstrdup(msg);
	g->path = path ? frus_xstrdup(path) : NULL;
	if (sev == FRUS_SEV_ERROR)
		d->nerrors++;
	else
		d->nwarnings++;
}

void
frus_diags_add(frus_diags *d, long line, long col, enum frus_severity sev,
               const char *rule, const char *msg)
{
	diag_add(d, line, sev, rule, msg, NULL);
	d->v[d->n - 1].col = col > 0 ? col : 0;
}

void
frus_diags_add_found(frus_diags *d, long line, enum frus_severity sev, const char *rule,
                     const char *msg, const char *path)
{
	char *m = frus_diag_text(msg);
	diag_add(d, line, sev, rule, m, path);
	free(m);
}

void
frus_diags_clear(frus_diags *d)
{
	for (size_t i = 0; i < d->n; i++) {
		free(d->v[i].rule);
		free(d->v[i].msg);
		free(d->v[i].path);
	}
	d->n = 0;
	d->nerrors = d->nwarnings = 0;
}

void
frus_diags_free(frus_diags *d)
{
	frus_diags_clear(d);
	free(d->v);
	d->v = NULL;
	d->cap = 0;
}

struct order { long line; size_t seq; };

static int
by_line(const void *a, const void *b)
{
	const struct order *x = a, *y = b;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

void
frus_diags_sort_lines(frus_diags *d, size_t first)
{
	size_t n = d->n - first;
	if (n < 2)
		return;
	struct order *o = frus_xmalloc(n * sizeof *o);
	frus_diag *copy = frus_xmalloc(n * sizeof *copy);
	for (size_t i = 0; i < n; i++) {
		o[i].line = d->v[first + i].line;
		o[i].seq = i;
		copy[i] = d->v[first + i];
	}
	qsort(o, n, sizeof *o, by_line);
	for (size_t i = 0; i < n; i++)
		d->v[first + i] = copy[o[i].seq];
	free(copy);
	free(o);
}

/* name() of an element: the qualified name as written. */
static int
same_qname(xmlNodePtr a, xmlNodePtr b)
{
	const xmlChar *pa = a->ns ? a->ns->prefix : NULL, *pb = b->ns ? b->ns->prefix : NULL;
	return xmlStrEqual(a->name, b->name) && xmlStrEqual(pa, pb);
}

/* What the compiled template frusv-path computes in XPath, without the
 * O(siblings) counts of count(preceding-sibling::*[name() = name(current())])
 * for every ancestor. */
char *
frus_node_path(xmlNodePtr node)
{
	while (node && node->type != XML_ELEMENT_NODE && node->type != XML_DOCUMENT_NODE)
		node = node->type == XML_NAMESPACE_DECL ? NULL : node->parent;
	if (!node || node->type != XML_ELEMENT_NODE)
		return frus_xstrdup("/");
	xmlChar *path = NULL;
	for (xmlNodePtr n = node; n && n->type == XML_ELEMENT_NODE; n = n->parent) {
		unsigned long pos = 1;
		for (xmlNodePtr s = n->prev; s; s = s->prev)
			if (s->type == XML_ELEMENT_NODE && same_qname(s, n))
				pos++;
		char idx[32];
		snprintf(idx, sizeof idx, "[%lu]", pos);
		xmlChar *step = xmlStrdup((const xmlChar *)"/");
		if (n->ns && n->ns->prefix) {
			step = xmlStrcat(step, n->ns->prefix);
			step = xmlStrcat(step, (const xmlChar *)":");
		}
		step = xmlStrcat(step, n->name);
		step = xmlStrcat(step, (const xmlChar *)idx);
		if (path) {
			step = xmlStrcat(step, path);
			xmlFree(path);
		}
		path = step;
	}
	char *r = frus_xstrdup((const char *)path);
	xmlFree(path);
	return r;
}
