/* out.h — writing an output file so that it is whole or absent.
 *
 * A named output is written to a temporary file in the same directory and
 * renamed over the target only by frus_out_commit(): a failed, killed or
 * interrupted run leaves the old file as it was and no partial file behind.
 * "-" or NULL means standard output, written directly. */
#ifndef FRUS_OUT_H
#define FRUS_OUT_H

#include <stdio.h>

typedef struct frus_out frus_out;

/* Returns NULL (after reporting why) when the directory is not writable. */
frus_out *frus_out_open(const char *path);
FILE *frus_out_file(frus_out *o);
/* The temporary file's path (for libraries that write by name, e.g. libzip),
 * or NULL for standard output. */
const char *frus_out_tmppath(frus_out *o);
const char *frus_out_path(frus_out *o);
/* Flushes, closes and renames; reports and returns -1 on any write error,
 * in which case the temporary file is removed. Frees o. */
int frus_out_commit(frus_out *o);
/* Removes the temporary file. Frees o. */
void frus_out_abort(frus_out *o);

/* Creates the directory (one level) if missing; reports and returns -1 on error. */
int frus_mkdir(const char *dir);
/* dir + "/" + basename(path) with its extension replaced by ext (".xml"). */
char *frus_out_name(const char *dir, const char *path, const char *ext);

#endif
