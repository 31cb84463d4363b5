// Whether a request selects a field at a path below the current one (through fragments), so a resolver can read
// ahead only what will be shown.
import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

function selects(
  set: SelectionSetNode | undefined,
  path: readonly string[],
  fragments: Record<string, FragmentDefinitionNode>,
): boolean {
  const [name, ...rest] = path;
  if (name === undefined) return true;
  if (!set) return false;
  return set.selections.some((selection) => {
    if (selection.kind === 'Field')
      return selection.name.value === name && (rest.length === 0 || selects(selection.selectionSet, rest, fragments));
    const fragmentSet =
      selection.kind === 'InlineFragment' ? selection.selectionSet : fragments[selection.name.value]?.selectionSet;
    return selects(fragmentSet, path, fragments);
  });
}

/** True when the field being resolved selects `path`, e.g. ['edges', 'node', 'trust']. */
export const selectsPath = (info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]) =>
  info.fieldNodes.some((node: FieldNode) => selects(node.selectionSet, path, info.fragments));
