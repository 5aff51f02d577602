/*
 * The PC's battery-backed clock, the MC146818 CMOS RTC (Linux:
 * arch/x86/kernel/rtc.c, mach_get_cmos_time). Its registers sit behind an
 * index port (0x70) and a data port (0x71). The chip updates its time
 * registers once a second; while the "update in progress" bit is set they
 * may be half-written, so we wait for it to clear and read until two reads
 * agree. QEMU's RTC shows the host's time in UTC.
 */
#include <asm/io.h>
#include <kernel/time.h>

#define RTC_PORT_INDEX	0x70
#define RTC_PORT_DATA	0x71

#define RTC_SECONDS	0x00
#define RTC_MINUTES	0x02
#define RTC_HOURS	0x04
#define RTC_DAY		0x07
#define RTC_MONTH	0x08
#define RTC_YEAR	0x09
#define RTC_REG_A	0x0a
#define  RTC_UIP	0x80	/* update in progress */
#define RTC_REG_B	0x0b
#define  RTC_24H	0x02	/* hours 0-23, else 1-12 with bit 7 for PM */
#define  RTC_DM_BINARY	0x04	/* binary values, else BCD */

struct rtc_time {
	unsigned int sec, min, hour, day, mon, year;
};

static unsigned int cmos_read(unsigned int reg)
{
	outb(reg, RTC_PORT_INDEX);
	return inb(RTC_PORT_DATA);
}

static void cmos_read_time(struct rtc_time *t)
{
	while (cmos_read(RTC_REG_A) & RTC_UIP)
		;
	t->sec = cmos_read(RTC_SECONDS);
	t->min = cmos_read(RTC_MINUTES);
	t->hour = cmos_read(RTC_HOURS);
	t->day = cmos_read(RTC_DAY);
	t->mon = cmos_read(RTC_MONTH);
	t->year = cmos_read(RTC_YEAR);
}

static unsigned int bcd2bin(unsigned int v)
{
	return (v & 0x0f) + (v >> 4) * 10;
}

/* Convert what the chip showed to binary, 24-hour, full-year form. */
static void rtc_normalize(struct rtc_time *t, unsigned int reg_b)
{
	bool pm = t->hour & 0x80;

	t->hour &= 0x7f;
	if (!(reg_b & RTC_DM_BINARY)) {
		t->sec = bcd2bin(t->sec);
		t->min = bcd2bin(t->min);
		t->hour = bcd2bin(t->hour);
		t->day = bcd2bin(t->day);
		t->mon = bcd2bin(t->mon);
		t->year = bcd2bin(t->year);
	}
	if (!(reg_b & RTC_24H))
		t->hour = (t->hour % 12) + (pm ? 12 : 0);
	/* Two digits of year: 70-99 are 19xx, as Linux assumes without a century register. */
	t->year += t->year < 70 ? 2000 : 1900;
}

/*
 * read_persistent_clock64 - the wall-clock time the CMOS RTC shows now, in
 * seconds since 1970-01-01 00:00 UTC (tv_nsec 0: the chip counts seconds).
 * Called once at boot by timekeeping_init.
 */
void read_persistent_clock64(struct timespec64 *ts)
{
	struct rtc_time a, b;

	cmos_read_time(&a);
	for (;;) {
		cmos_read_time(&b);
		if (a.sec == b.sec && a.min == b.min && a.hour == b.hour &&
		    a.day == b.day && a.mon == b.mon && a.year == b.year)
			break;
		a = b;
	}
	rtc_normalize(&a, cmos_read(RTC_REG_B));
	ts->tv_sec = mktime64(a.year, a.mon, a.day, a.hour, a.min, a.sec);
	ts->tv_nsec = 0;
}
