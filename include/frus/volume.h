/* volume.h — assembling document TEI files into one volume, and back.
 *
 * Assembly moves (adopts) each input's document divs, with the page breaks
 * around them, into one volume tree: inputs are freed as soon as they are
 * read, so memory is the size of the volume, not twice it.  Ids are then
 * made unique in one pass and every "#id" in @target/@corresp is rewritten
 * to follow renamed ids (the document's own renames first, then the first
 * document that had the old id).  Splitting moves each document div (and
 * the pb elements that precede it) into a standalone TEI file. */
#ifndef FRUS_VOLUME_H
#define FRUS_VOLUME_H

#include <stddef.h>
#include <libxml/tree.h>
#include "frus/xmlio.h"

/* Volume metadata: every field is a malloc'd string or NULL (not given). */
typedef struct {
	char *id;              /* TEI/@xml:id and idno type="frus" */
	char *title;           /* title type="volume" */
	char *complete;        /* title type="complete"; default: the others joined */
	char *series, *sub_series, *volume_number;
	char *publisher, *pubplace, *date;   /* date type="publication-date" */
	char *content_from, *content_to;     /* date type="content-date" */
	char *isbn13, *isbn10, *dospubno;
	char *note, *source;   /* notesStmt/note, sourceDesc/p */
	size_t neditors;
	char **editors;        /* names */
	char **roles;          /* "primary" or "general" (never NULL) */
} frus_volmeta;

void frus_volmeta_free(frus_volmeta *m);
/* Sets one field by its metadata-file key ("sub-series", "editor", ...).
 * "editor" appends; its value is NAME or NAME:ROLE.  Returns -1 for an
 * unknown key or role (nothing reported). */
int frus_volmeta_set(frus_volmeta *m, const char *key, const char *value);
/* Reads "key: value" lines (# comments, blank lines ignored).  Returns 0,
 * or an FRUS_EXIT_* status after reporting "file:line:col". */
int frus_volmeta_read(frus_volmeta *m, const char *path);
/* Fields set in src replace those of dst (editors: src's list, if any,
 * replaces dst's).  src is emptied. */
void frus_volmeta_merge(frus_volmeta *dst, frus_volmeta *src);

typedef struct {
	int renumber;          /* documents become d1, d2 ... in volume order */
	const char *outline;   /* outline file or NULL */
	const char *output;    /* only used to derive a default volume id */
} frus_volume_opts;

/* Assembles paths[0..n-1] in order.  Returns NULL after reporting; *status
 * says why (FRUS_EXIT_USAGE: could not read or parse; FRUS_EXIT_INVALID:
 * not TEI, bad outline). */
xmlDocPtr frus_volume_assemble(char *const *paths, size_t n,
                               frus_volmeta *meta, const frus_volume_opts *opts,
                               int *status);

/* Splits volume (read from name) into one file per document div in dir,
 * named VOLID-DIVID.xml, or DIVID.xml when short_names is set or the volume
 * has no xml:id.  Consumes the document divs of volume.  Returns an
 * FRUS_EXIT_* status; *count receives the number of files written. */
int frus_volume_split(xmlDocPtr volume, const char *name, const char *dir,
                      int short_names, size_t *count);

#endif
