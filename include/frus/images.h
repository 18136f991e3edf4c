/* images.h — the image files a TEI document's graphic elements name, for
 * frus-epub to carry into the e-book.
 *
 * A graphic's @url is read relative to the directory of its document (as a
 * browser reads a relative link); a url without an extension is also tried
 * as url.png, .jpg, .jpeg, .gif and .svg, the names the Office's image
 * files have.  The type comes from the bytes, never the name.  Each file
 * goes into the package once, as images/NAME.EXT, however many graphics
 * name it; a name taken by another file gets -2, -3… */
#ifndef FRUS_IMAGES_H
#define FRUS_IMAGES_H

#include <stddef.h>
#include <sys/types.h>
#include <libxml/tree.h>

typedef struct {
	char *path;        /* the file that was read */
	char *href;        /* its path inside OEBPS/: images/NAME.EXT */
	const char *type;  /* media type */
	char *data;
	size_t len;
	dev_t dev;         /* the file's identity: one file, one copy */
	ino_t ino;
} frus_image;

typedef struct {
	frus_image *v;
	size_t n, cap;
} frus_images;

/* The media type of image bytes (PNG, JPEG, GIF; SVG when svg is set) and
 * the usual extension, or NULL when they are none of those. */
const char *frus_image_type(const char *data, size_t len, int svg, const char **ext);

/* Finds the file of every graphic under root (a TEI element) whose url
 * names a local file; adds it to set and marks the graphic with the
 * attributes src (the href) and type in the namespace ns (a declaration on
 * root).  A file that is missing, remote or not an image is reported as a
 * warning at name:line, and its graphic is left as it was. */
void frus_images_add(frus_images *set, xmlNodePtr root, xmlNsPtr ns, const char *name,
                     const char *dir);

/* The image with this href, or NULL. */
const frus_image *frus_images_find(const frus_images *set, const char *href);

void frus_images_free(frus_images *set);

#endif
