/* batch.h — many inputs in one process: progress and summary.
 *
 * A progress line goes to stderr only when stderr is a terminal (never
 * into a log or a pipe) and not with -q. */
#ifndef FRUS_BATCH_H
#define FRUS_BATCH_H

#include <stddef.h>

typedef struct {
	size_t total, done, ok, failed;
	unsigned long warnings_before;
	int quiet;
	int tty;
} frus_batch;

void frus_batch_start(frus_batch *b, size_t total, int quiet);
/* After each input; ok = it succeeded. */
void frus_batch_step(frus_batch *b, const char *name, int ok);
/* Prints "N converted, N failed, N warnings" (verb given) unless quiet. */
void frus_batch_finish(frus_batch *b, const char *verb);

#endif
