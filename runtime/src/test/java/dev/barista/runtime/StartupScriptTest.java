package dev.barista.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StartupScriptTest {
    private static final List<String> COMMAND = List.of("/usr/bin/python3", "-u", "bootstrap.py");

    @Test
    void withoutStepsTheCommandRunsAsItIs() {
        assertThat(StartupScript.wrap(List.of(), List.of(), COMMAND)).isEqualTo(COMMAND);
    }

    @Test
    void theStepsRunInTheNewProcessWhichThenBecomesTheRuntime() {
        assertThat(StartupScript.wrap(List.of("unshare", "--mount", "--"), List.of("echo $$ > '/g/cgroup.procs'",
                "cd /tmp"), COMMAND)).containsExactly("unshare", "--mount", "--", "/bin/sh", "-c",
                "echo $$ > '/g/cgroup.procs' && cd /tmp && exec \"$@\"", "sh", "/usr/bin/python3", "-u",
                "bootstrap.py");
    }

    @Test
    void quotesAnyValueAsOneShellWord() {
        assertThat(StartupScript.quote("/data/it's here")).isEqualTo("'/data/it'\\''s here'");
    }
}
