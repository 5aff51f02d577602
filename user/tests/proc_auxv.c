/*
 * The start-up stack holds argc, argv, envp and then the auxiliary vector,
 * as Linux lays it out: AT_PHDR points at this program's program headers in
 * memory, AT_PHENT is their size (32), AT_PHNUM their count, AT_PAGESZ is
 * 4096 and AT_ENTRY the entry point (_start). The strings argv and envp
 * point to lie above the vectors, at the top of the stack.
 */
#include <elf.h>
#include <sys/auxv.h>
#include <test.h>

extern char _start[];

int main(int argc, char **argv, char **envp)
{
	const Elf32_Phdr *ph = (const Elf32_Phdr *)getauxval(AT_PHDR);
	unsigned long phnum = getauxval(AT_PHNUM), i;
	const Elf32_Ehdr *eh = NULL;
	int loads = 0, covers_entry = 0;

	EXPECT_EQ(getauxval(AT_PAGESZ), 4096, "AT_PAGESZ");
	EXPECT_EQ(getauxval(AT_PHENT), sizeof(Elf32_Phdr), "AT_PHENT");
	EXPECT_PTR_EQ(getauxval(AT_ENTRY), _start, "AT_ENTRY is _start");
	ASSERT_TRUE(ph != NULL, "AT_PHDR present");
	ASSERT_TRUE(phnum > 0 && phnum < 64, "AT_PHNUM plausible");

	for (i = 0; i < phnum; i++) {
		if (ph[i].p_type != PT_LOAD)
			continue;
		loads++;
		if (ph[i].p_offset == 0)
			eh = (const Elf32_Ehdr *)ph[i].p_vaddr;
		if ((unsigned long)_start - ph[i].p_vaddr < ph[i].p_memsz &&
		    (ph[i].p_flags & PF_X))
			covers_entry = 1;
	}
	EXPECT_TRUE(loads >= 1, "program headers include PT_LOAD");
	EXPECT_TRUE(covers_entry, "an executable PT_LOAD covers _start");
	ASSERT_TRUE(eh != NULL, "a PT_LOAD maps the ELF header");
	EXPECT_EQ(memcmp(eh->e_ident, ELFMAG, SELFMAG), 0, "ELF magic in memory");
	EXPECT_PTR_EQ((const char *)eh + eh->e_phoff, ph, "AT_PHDR = header + e_phoff");
	EXPECT_EQ(eh->e_phnum, phnum, "AT_PHNUM = e_phnum");
	EXPECT_EQ(eh->e_entry, (unsigned long)_start, "e_entry = AT_ENTRY");

	/* Layout: argv[] right after argc, then envp[], then auxv. */
	EXPECT_PTR_EQ(envp, argv + argc + 1, "envp follows argv's NULL");
	EXPECT_TRUE((unsigned long)argv[0] > (unsigned long)__auxv, "strings above the vectors");
	EXPECT_TRUE((unsigned long)&argc < (unsigned long)argv, "main's frame below the vectors");
	return test_done();
}
