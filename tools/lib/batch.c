/* batch.c — progress and summary for batch runs (see batch.h). */
#include <stdio.h>
#include <unistd.h>
#include "frus/batch.h"
#include "frus/err.h"

void
frus_batch_start(frus_batch *b, size_t total, int quiet)
{
	b->total = total;
	b->done = b->ok = b->failed = 0;
	b->warnings_before = frus_nwarnings;
	b->quiet = quiet;
	b->tty = !quiet && isatty(STDERR_FILENO);
}

void
frus_batch_step(frus_batch *b, const char *name, int ok)
{
	b->done++;
	if (ok)
		b->ok++;
	else
		b->failed++;
	if (b->tty && b->total > 1)
		fprintf(stderr, "\r\033[K%s: [%zu/%zu] %s", frus_progname(), b->done, b->total, name);
}

void
frus_batch_finish(frus_batch *b, const char *verb)
{
	if (b->tty && b->total > 1)
		fprintf(stderr, "\r\033[K");
	if (!b->quiet)
		fprintf(stderr, "%s: %zu %s, %zu failed, %lu warnings\n", frus_progname(), b->ok, verb,
		        b->failed, frus_nwarnings - b->warnings_before);
}
