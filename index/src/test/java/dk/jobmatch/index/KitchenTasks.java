package dk.jobmatch.index;

import static dk.jobmatch.index.TestCompanies.aTask;

import dk.jobmatch.index.TestCompanies.TaskBuilder;

/**
 * Partial tasks for a kitchen helper's goal (9412), one of each goal match: exact occupation, same
 * minor group, a goal word in the title only, and nothing at all.
 */
final class KitchenTasks {
  private KitchenTasks() {}

  static TaskBuilder exactTask(String id) {
    return aTask(id).titled("Opvask").inOccupation("9412");
  }

  static TaskBuilder minorGroupTask(String id) {
    return aTask(id).titled("Grill").inOccupation("9411");
  }

  static TaskBuilder titleTextTask(String id) {
    return aTask(id).titled("Køkkenmedhjælper i kantine").inOccupation("5131");
  }

  static TaskBuilder unrelatedTask(String id) {
    return aTask(id).titled("Dækskifte").inOccupation("7231");
  }
}
