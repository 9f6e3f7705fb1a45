/* check_stmt.c: placeholder */
#include "frontend.h"
