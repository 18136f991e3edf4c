/* namerun.c — runs of text and wrapping a match (see namerun.h). */
#include <string.h>
#include <libxml/tree.h>
#include "frus/err.h"
#include "frus/namerun.h"

#define X(s) ((const xmlChar *)(s))

void
frus_names_run_add(run *r, xmlNodePtr node)
{
	if (r->n == r->cap) {
		r->cap = r->cap ? 2 * r->cap : 16;
		r->v = frus_xrealloc(r->v, r->cap * sizeof *r->v);
	}
	size_t l = node->type == XML_TEXT_NODE ? (size_t)xmlStrlen(node->content) : 0;
	if (r->len + l + 1 > r->bcap) {
		r->bcap = (r->len + l + 1) * 2;
		r->buf = frus_xrealloc(r->buf, r->bcap);
	}
	if (l)
		memcpy(r->buf + r->len, node->content, l);
	r->v[r->n].node = node;
	r->v[r->n].start = r->len;
	r->v[r->n++].len = l;
	r->len += l;
	r->buf[r->len] = '\0';
}

/* Wraps flat[a..b) of r in a new element.  Matches are applied from the
 * last, so the nodes of the run before a are still as recorded.  (Text
 * nodes are only ever added next to elements or appended: libxml2 merges
 * two adjacent text nodes, which would free one under our feet.) */
xmlNodePtr
frus_names_wrap(run *r, size_t a, size_t b, const char *name)
{
	size_t s1 = 0, s2;
	while (s1 + 1 < r->n && !(r->v[s1].node->type == XML_TEXT_NODE &&
	                          a >= r->v[s1].start && a < r->v[s1].start + r->v[s1].len))
		s1++;
	s2 = s1;
	while (s2 + 1 < r->n && !(r->v[s2].node->type == XML_TEXT_NODE &&
	                          b > r->v[s2].start && b <= r->v[s2].start + r->v[s2].len))
		s2++;
	xmlNodePtr n1 = r->v[s1].node, n2 = r->v[s2].node;
	size_t o1 = a - r->v[s1].start, o2 = b - r->v[s2].start;
	xmlNodePtr e = xmlNewDocNode(n1->doc, n1->parent->ns, X(name), NULL);
	xmlChar *c1 = xmlStrdup(n1->content);
	if (n1 == n2) {
		xmlAddChild(e, xmlNewTextLen(c1 + o1, (int)(o2 - o1)));
		xmlAddNextSibling(n1, e);
		if (c1[o2])
			xmlAddNextSibling(e, xmlNewText(c1 + o2));
	} else {
		xmlAddChild(e, xmlNewText(c1 + o1));
		xmlNodePtr c = n1->next;
		xmlAddNextSibling(n1, e);
		while (c && c != n2) {
			xmlNodePtr next = c->next;
			xmlUnlinkNode(c);
			xmlAddChild(e, c);
			c = next;
		}
		xmlChar *c2 = xmlStrdup(n2->content);
		xmlAddChild(e, xmlNewTextLen(c2, (int)o2));
		xmlNodeSetContent(n2, c2 + o2);
		xmlFree(c2);
		if (!n2->content || !*n2->content) {
			xmlUnlinkNode(n2);
			xmlFreeNode(n2);
		}
	}
	c1[o1] = '\0';
	xmlNodeSetContent(n1, c1);
	xmlFree(c1);
	if (o1 == 0) {
		xmlUnlinkNode(n1);
		xmlFreeNode(n1);
	}
	return e;
}
