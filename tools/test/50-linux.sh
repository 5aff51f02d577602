#!/bin/sh
# Layer 50: the user test suite natively on the host's Linux (see linux.sh).
# The guest runs the same binaries in layer 30; a test must pass on both.
$MAKE --no-print-directory O="$O" user || { echo "not ok - user programs do not build"; exit 1; }
sh tools/test/linux.sh "$O" | sed 's/^\(not \)\{0,1\}ok - /&linux: /'
