/* tei.h — blocks to a TEI tree following the FRUS conventions. */
#ifndef FRUS_TEI_H
#define FRUS_TEI_H

#include <libxml/tree.h>
#include "frus/blocks.h"
#include "frus/xmlio.h"

typedef struct {
	const char *id;       /* document id (--id); default "d" + number */
	const char *volume;   /* volume id (--volume), or NULL */
	const char *fallback_id; /* for unnumbered documents without --id */
} frus_tei_opts;

/* Returns NULL after reporting (e.g. a footnote with no marker). */
xmlDocPtr frus_tei_from_blocks(const frus_doc *doc, const frus_tei_opts *opts);

#endif
