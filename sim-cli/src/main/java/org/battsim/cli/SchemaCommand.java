package org.battsim.cli;

import java.util.concurrent.Callable;
import org.battsim.scenarios.scenario.ScenarioSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code battsim schema}: the JSON Schema of scenario files, generated from the reader's own tables. */
@Command(
        name = "schema",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the JSON Schema of scenario files (also shipped as docs/scenario.schema.json), for editors",
            "that complete and check YAML or JSON against a schema."
        })
public final class SchemaCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(ScenarioSchema.generate());
        spec.commandLine().getOut().flush();
        return BattsimCommand.EXIT_OK;
    }
}
