/* const.c: placeholder */
#include "frontend.h"
