/* ucontext_t lives in <signal.h>, with the rest of the signal frame. */
#include <signal.h>
