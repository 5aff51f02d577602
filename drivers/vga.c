/*
 * The VGA text screen (80x25 at physical 0xB8000) mirrors the console, so a
 * QEMU window shows what the serial port prints.
 */
#include <asm/io.h>
#include <asm/page.h>
#include <kernel/console.h>
#include <lib/string.h>

#define VGA_COLS	80
#define VGA_ROWS	25
#define VGA_ATTR	0x0700	/* light grey on black */

static u16 *const vga_mem = (u16 *)(PAGE_OFFSET + 0xB8000);
static int row, col;

static void vga_set_cursor(void)
{
	unsigned int pos = row * VGA_COLS + col;

	outb(0x0E, 0x3D4);
	outb((u8)(pos >> 8), 0x3D5);
	outb(0x0F, 0x3D4);
	outb((u8)pos, 0x3D5);
}

static void vga_scroll(void)
{
	int i;

	memmove(vga_mem, vga_mem + VGA_COLS, (VGA_ROWS - 1) * VGA_COLS * 2);
	for (i = 0; i < VGA_COLS; i++)
		vga_mem[(VGA_ROWS - 1) * VGA_COLS + i] = VGA_ATTR | ' ';
	row = VGA_ROWS - 1;
}

/* Clear the 80x25 text screen and home the cursor. */
void vga_init(void)
{
	int i;

	for (i = 0; i < VGA_ROWS * VGA_COLS; i++)
		vga_mem[i] = VGA_ATTR | ' ';
	row = col = 0;
	vga_set_cursor();
}

static void vga_putc(char c)
{
	if (c == '\n') {
		col = 0, row++;
	} else if (c == '\r') {
		col = 0;
	} else if (c == '\b') {
		if (col > 0)
			col--;
	} else {
		vga_mem[row * VGA_COLS + col] = VGA_ATTR | (u8)c;
		if (++col == VGA_COLS)
			col = 0, row++;
	}
	if (row == VGA_ROWS)
		vga_scroll();
}

/* Print n bytes at the cursor ("\n", "\r" and "\b" move it); scrolls at the bottom. */
void vga_write(const char *s, size_t n)
{
	while (n--)
		vga_putc(*s++);
	vga_set_cursor();
}
