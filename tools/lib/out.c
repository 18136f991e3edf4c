/* out.c — atomic output files (see out.h).
 *
 * Pending temporary files are kept in a small table so that a signal
 * (SIGINT, SIGTERM, SIGHUP, SIGPIPE) removes them before the tool dies. */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "frus/err.h"
#include "frus/out.h"

struct frus_out {
	FILE *fp;
	char *path;     /* target, NULL for stdout */
	char *tmp;      /* temporary file in the target's directory */
	int slot;
};

#define MAXPENDING 64
static char *volatile pending[MAXPENDING];
static int handlers_set;

static void
on_signal(int sig)
{
	for (int i = 0; i < MAXPENDING; i++)
		if (pending[i])
			unlink(pending[i]);
	signal(sig, SIG_DFL);
	raise(sig);
}

static void
set_handlers(void)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGPIPE };
	struct sigaction sa;

	if (handlers_set)
		return;
	handlers_set = 1;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
		/* A signal ignored at startup (nohup, a background job's
		 * SIGINT) stays ignored: the run must go on. */
		struct sigaction old;
		if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
			continue;
		sigaction(sigs[i], &sa, NULL);
	}
}

frus_out *
frus_out_open(const char *path)
{
	frus_out *o = frus_xmalloc(sizeof *o);
	memset(o, 0, sizeof *o);
	o->slot = -1;
	if (!path || strcmp(path, "-") == 0) {
		o->fp = stdout;
		return o;
	}
	size_t n = strlen(path);
	o->path = frus_xstrdup(path);
	o->tmp = frus_xmalloc(n + 16);
	/* Same directory as the target, so rename() is atomic. */
	const char *slash = strrchr(path, '/');
	size_t dirlen = slash ? (size_t)(slash - path) + 1 : 0;
	memcpy(o->tmp, path, dirlen);
	snprintf(o->tmp + dirlen, n + 16 - dirlen, ".%s.XXXXXX", path + dirlen);
	if (strlen(o->tmp) > n + 15) {
		/* Name too long for the buffer: fall back to a short one. */
		snprintf(o->tmp + dirlen, n + 16 - dirlen, ".frus.XXXXXX");
	}
	set_handlers();
	/* Registered before mkstemp() makes the file (which fills in the name in
	 * place): a signal arriving just after it is created still removes it. */
	for (int i = 0; i < MAXPENDING; i++)
		if (!pending[i]) {
			pending[i] = o->tmp;
			o->slot = i;
			break;
		}
	int fd = mkstemp(o->tmp);
	if (fd < 0 && errno == ENAMETOOLONG) {
		/* A target name near NAME_MAX has no room for ".NAME.XXXXXX". */
		snprintf(o->tmp + dirlen, n + 16 - dirlen, ".frus.XXXXXX");
		fd = mkstemp(o->tmp);
	}
	if (fd < 0) {
		int saved = errno;
		if (o->slot >= 0)
			pending[o->slot] = NULL;
		errno = saved;
		frus_error(path, 0, 0, "cannot write: %s", strerror(errno));
		free(o->path);
		free(o->tmp);
		free(o);
		return NULL;
	}
	/* mkstemp makes 0600; an output file gets the usual umask mode. */
	{
		static mode_t um = (mode_t)-1;   /* read once: a batch makes many files */
		if (um == (mode_t)-1) {
			um = umask(0);
			umask(um);
		}
		fchmod(fd, 0666 & ~um);
	}
	o->fp = fdopen(fd, "w");
	if (!o->fp) {
		frus_error(path, 0, 0, "cannot write: %s", strerror(errno));
		close(fd);
		frus_out_abort(o);
		return NULL;
	}
	return o;
}

FILE *
frus_out_file(frus_out *o)
{
	return o->fp;
}

const char *
frus_out_tmppath(frus_out *o)
{
	return o->tmp;
}

const char *
frus_out_path(frus_out *o)
{
	return o->path ? o->path : "<stdout>";
}

static void
release(frus_out *o)
{
	if (o->slot >= 0)
		pending[o->slot] = NULL;
	free(o->path);
	free(o->tmp);
	free(o);
}

int
frus_out_commit(frus_out *o)
{
	int rc = 0;

	if (!o->path) {
		if (fflush(stdout) != 0 || ferror(stdout)) {
			frus_error("<stdout>", 0, 0, "write error: %s", strerror(errno));
			rc = -1;
		}
		release(o);
		return rc;
	}
	if (o->fp) {
		if (fflush(o->fp) != 0 || ferror(o->fp)) {
			frus_error(o->path, 0, 0, "write error: %s", strerror(errno));
			rc = -1;
		}
		if (fclose(o->fp) != 0 && rc == 0) {
			frus_error(o->path, 0, 0, "write error: %s", strerror(errno));
			rc = -1;
		}
		o->fp = NULL;
	}
	if (rc == 0 && rename(o->tmp, o->path) != 0) {
		frus_error(o->path, 0, 0, "cannot write: %s", strerror(errno));
		rc = -1;
	}
	if (rc != 0)
		unlink(o->tmp);
	release(o);
	return rc;
}

void
frus_out_abort(frus_out *o)
{
	if (!o)
		return;
	if (o->path) {
		if (o->fp)
			fclose(o->fp);
		unlink(o->tmp);
	} else {
		fflush(stdout);
	}
	release(o);
}

int
frus_mkdir(const char *dir)
{
	struct stat st;
	if (stat(dir, &st) == 0) {
		if (S_ISDIR(st.st_mode))
			return 0;
		frus_error(dir, 0, 0, "not a directory");
		return -1;
	}
	if (mkdir(dir, 0777) != 0) {
		frus_error(dir, 0, 0, "cannot create directory: %s", strerror(errno));
		return -1;
	}
	return 0;
}

char *
frus_out_name(const char *dir, const char *path, const char *ext)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	const char *dot = strrchr(base, '.');
	size_t blen = dot && dot != base ? (size_t)(dot - base) : strlen(base);
	size_t n = strlen(dir) + 1 + blen + strlen(ext) + 1;
	char *s = frus_xmalloc(n);
	snprintf(s, n, "%s/%.*s%s", dir, (int)blen, base, ext);
	return s;
}
