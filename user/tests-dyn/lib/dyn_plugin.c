/* A shared object for dyn_dlopen: a constructor, a function and a counter. */
int plugin_loaded;
int plugin_calls;

__attribute__((constructor)) static void plugin_init(void)
{
	plugin_loaded = 1;
}

int plugin_add(int a, int b)
{
	plugin_calls++;
	return a + b;
}
