package dev.barista.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void aStandbyShellPreparesThenSourcesTheRestOfItsScriptFromItsInput() {
        assertThat(StartupScript.standby(List.of("unshare", "--mount", "--"), List.of("echo $$ > '/g/cgroup.procs'"),
                "ready")).containsExactly("unshare", "--mount", "--", "/bin/sh", "-c",
                "echo $$ > '/g/cgroup.procs' && echo ready && . /dev/stdin");
    }

    @Test
    void theHandedOverScriptExportsEveryVariableQuotedThenBecomesTheRuntimeWithoutItsInput() {
        java.util.Map<String, String> variables = new java.util.LinkedHashMap<>();
        variables.put("GREETING", "it's\nhere");
        variables.put("_HANDLER", "index.handler");

        assertThat(StartupScript.handOver(List.of("cd '/code'"), variables, COMMAND)).isEqualTo(
                "cd '/code' && export GREETING='it'\\''s\nhere' && export _HANDLER='index.handler' && "
                        + "exec '/usr/bin/python3' '-u' 'bootstrap.py' </dev/null\n");
    }

    @Test
    void onlyShellNamesCanBeExported() {
        assertThat(StartupScript.isShellName("AWS_REGION")).isTrue();
        assertThat(StartupScript.isShellName("_x1")).isTrue();
        assertThat(StartupScript.isShellName("1st")).isFalse();
        assertThat(StartupScript.isShellName("my-var")).isFalse();
        assertThat(StartupScript.isShellName("A=B")).isFalse();
        assertThatThrownBy(() -> StartupScript.handOver(List.of(), java.util.Map.of("my-var", "x"), COMMAND))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void quotesAnyValueAsOneShellWord() {
        assertThat(StartupScript.quote("/data/it's here")).isEqualTo("'/data/it'\\''s here'");
    }
}
