/* diags.h — the findings of a validation, collected rather than printed,
 * so that a tool can write them as text or JSON.
 *
 * The grammar (valid.c) and both engines of the rules (valid.c's compiled
 * Schematron, rules.h's built-in rules) add to one collection.  Each
 * finding carries the rule that found it: the Schematron assert/report id,
 * or "rng" / "xsd" for grammar errors.  Lines come from libxml2's node
 * line numbers; libxml2 keeps no column on nodes, so col is always 1 (the
 * start of the line of the element's start tag). */
#ifndef FRUS_DIAGS_H
#define FRUS_DIAGS_H

#include <stddef.h>
#include <libxml/tree.h>

enum frus_severity { FRUS_SEV_ERROR, FRUS_SEV_WARNING };

typedef struct {
	long line, col;
	enum frus_severity sev;
	char *rule;     /* "rng", "xsd" or a Schematron id such as "frus-id-unique" */
	char *msg;
	char *path;     /* XPath of the node (Schematron findings), or NULL */
} frus_diag;

typedef struct {
	frus_diag *v;
	size_t n, cap;
	size_t nerrors, nwarnings;
} frus_diags;

/* Appends a finding made elsewhere (frus-validate adds parse errors so
 * that JSON carries them); line and col 0 when unknown. */
void frus_diags_add(frus_diags *d, long line, long col, enum frus_severity sev,
                    const char *rule, const char *msg);

/* Appends a finding whose message comes from XML text (a rule's, a
 * grammar's): msg as frus_diag_text gives it, path as frus_node_path gives
 * it or NULL; col 1. */
void frus_diags_add_found(frus_diags *d, long line, enum frus_severity sev,
                          const char *rule, const char *msg, const char *path);

/* Puts the findings from index first on in line order, those of one line
 * in the order they were added (grammar before rules), so that an editor
 * walks through the file once. */
void frus_diags_sort_lines(frus_diags *d, size_t first);

/* s with its runs of whitespace collapsed to one space and none at either
 * end, as the compiled Schematron's messages read (messages built from XML
 * text are indented).  Newly allocated. */
char *frus_diag_text(const char *s);

/* "/TEI[1]/text[1]/body[1]/div[2]": the XPath of node (its parent element
 * for an attribute or text node; "/" for NULL or the document node), as
 * the findings carry it.  Newly allocated. */
char *frus_node_path(xmlNodePtr node);

void frus_diags_clear(frus_diags *d);
void frus_diags_free(frus_diags *d);

#endif
