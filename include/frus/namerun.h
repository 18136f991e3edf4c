/* namerun.h — the runs of text the names linker reads a document in.
 *
 * A run is the flattened text of sibling text nodes and page breaks
 * ("Kissin<pb/>ger" is one word); a match found in it is wrapped in a new
 * element around exactly its text, so the text never changes. */
#ifndef FRUS_NAMERUN_H
#define FRUS_NAMERUN_H

#include <stddef.h>
#include <libxml/tree.h>

typedef struct {
	xmlNodePtr node;   /* a text node or a pb */
	size_t start, len; /* in the flat text */
} seg;

typedef struct {
	seg *v;
	size_t n, cap;
	char *buf;
	size_t len, bcap;
} run;

/* Appends a text node or a page break to the run. */
void frus_names_run_add(run *r, xmlNodePtr node);

/* Wraps the run's flat text [a, b) in a new element called name, in the
 * TEI namespace of the run's parent; returns it. */
xmlNodePtr frus_names_wrap(run *r, size_t a, size_t b, const char *name);

#endif
