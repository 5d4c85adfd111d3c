package nl.toplaag.solve;

/** Finds the best layout of prefab modules for a building. */
public interface Configurator {

  /** Solves {@code request}; never returns {@code null} and never throws for infeasible input. */
  ConfigurationResult configure(ConfigurationRequest request);
}
