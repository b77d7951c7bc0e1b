import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Runs the integration files in vitest's order, except the platform's demo-state check, which
 * runs last: it proves that everything the tests did left the platform alone.
 */
export class PlatformCheckLast extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isCheck = (file: TestSpecification) => file.moduleId.endsWith(PLATFORM_CHECK);
    return [...sorted.filter((file) => !isCheck(file)), ...sorted.filter(isCheck)];
  }
}

export const PLATFORM_CHECK = 'tests/e2e/platform-demo-state.test.ts';
