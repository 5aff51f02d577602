/*
 * dlopen maps a shared object (here one built in the tree, found beside
 * the test programs), runs its constructor and resolves its symbols;
 * /proc/self/maps then shows it, and after dlclose it is gone again.
 */
#include "check.h"
#include "dyn_util.h"
#include <dlfcn.h>

int main(void)
{
	char path[600];
	struct map_line l[16];
	void *h;
	int (*add)(int, int);
	int *loaded;

	beside_self(path, sizeof(path), "tests-lib/libdyn_plugin.so");
	CHECK(maps_matching("/libdyn_plugin.so", l, 16) == 0, "not mapped before dlopen");
	h = dlopen(path, RTLD_NOW);
	CHECK(h != NULL, "dlopen the plugin");
	if (!h) {
		fprintf(stderr, "dlopen: %s\n", dlerror());
		return check_done();
	}
	add = (int (*)(int, int))dlsym(h, "plugin_add");
	loaded = (int *)dlsym(h, "plugin_loaded");
	CHECK(add && add(40, 2) == 42, "call plugin_add through dlsym");
	CHECK(loaded && *loaded == 1, "its constructor ran");
	CHECK(maps_matching("/libdyn_plugin.so", l, 16) >= 3, "the plugin is in /proc/self/maps");
	CHECK(dlclose(h) == 0, "dlclose");
	CHECK(maps_matching("/libdyn_plugin.so", l, 16) == 0, "not mapped after dlclose");
	return check_done();
}
