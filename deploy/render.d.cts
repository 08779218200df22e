/** A rendered Kubernetes object, as the YAML read it. */
export type KubernetesObject = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string };
} & Record<string, unknown>;

/** The objects a kustomization directory renders to (render.cjs). */
export function render(directory: string): KubernetesObject[];

/** Kubernetes' strategic merge patch, for the shapes render.cjs describes. */
export function strategicMerge<T extends object>(base: T, patch: object): T;
