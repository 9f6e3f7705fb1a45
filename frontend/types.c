/* types.c: placeholder */
#include "frontend.h"
