/* check.c: placeholder */
#include "frontend.h"
