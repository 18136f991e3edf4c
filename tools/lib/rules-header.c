/* rules-header.c — the built-in rules of frus.sch's patterns root and
 * header (see rules-header.h): no processing instruction outside the root,
 * a volume's TEI carries its id, and a volume's teiHeader holds what the
 * Office's does (fileDesc, titles, publicationStmt, editors). */
#include <string.h>
#include "frus/rules-header.h"

void
frus_rules_root(frus_rules_ctx *r)
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

void
frus_rules_header(frus_rules_ctx *r, xmlNodePtr n, unsigned long o)
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
