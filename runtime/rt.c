/* rt.c: placeholder */
int goesc_rt_placeholder;
