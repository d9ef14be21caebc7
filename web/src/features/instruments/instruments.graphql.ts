import { graphql } from '../../gql';

export const InstrumentVersionFieldsFragment = graphql(`
  fragment InstrumentVersionFields on InstrumentVersion {
    id
    version
    status
    publishedAt
    title
    scaleLabels
    naLabel
    problems
    dimensions {
      code
      title
      shortTitle
      inIndex
    }
    items {
      code
      dimensionCode
      order
      help
      polarity
      driftPattern
      naAllowed
      inShortForm
      reflectionPrompt
      prompts {
        self
        supervisor
        reviewer
        personServed
      }
    }
    crosswalk {
      fromItemCode
      toItemCode
    }
  }
`);

export const InstrumentListQueryDocument = graphql(`
  query InstrumentList {
    instruments(includeUnpublished: true) {
      id
      key
      title
      description
      level
      versions {
        id
        version
        status
        publishedAt
      }
      draft {
        id
        version
      }
    }
  }
`);

export const InstrumentEditorQueryDocument = graphql(`
  query InstrumentEditor($key: String!) {
    instrument(key: $key) {
      id
      key
      title
      description
      level
      versions {
        id
        version
        status
        publishedAt
      }
      draft {
        ...InstrumentVersionFields
      }
    }
  }
`);

/** Only asked for when the instrument has a published version (currentVersion is an error otherwise). */
export const InstrumentPublishedQueryDocument = graphql(`
  query InstrumentPublished($key: String!) {
    instrument(key: $key) {
      id
      currentVersion {
        ...InstrumentVersionFields
      }
    }
  }
`);

export const ExportInstrumentQueryDocument = graphql(`
  query ExportInstrument($key: String!, $format: InstrumentFormat!, $version: Int) {
    exportInstrument(instrumentKey: $key, format: $format, version: $version)
  }
`);

export const CreateInstrumentDraftMutationDocument = graphql(`
  mutation CreateInstrumentDraft($key: String!) {
    createInstrumentDraft(instrumentKey: $key) {
      ...InstrumentVersionFields
    }
  }
`);

export const UpdateInstrumentItemMutationDocument = graphql(`
  mutation UpdateInstrumentItem($input: UpdateInstrumentItemInput!) {
    updateInstrumentItem(input: $input) {
      ...InstrumentVersionFields
    }
  }
`);

export const AddInstrumentItemMutationDocument = graphql(`
  mutation AddInstrumentItem($input: AddInstrumentItemInput!) {
    addInstrumentItem(input: $input) {
      ...InstrumentVersionFields
    }
  }
`);

export const RetireInstrumentItemMutationDocument = graphql(`
  mutation RetireInstrumentItem($input: RetireInstrumentItemInput!) {
    retireInstrumentItem(input: $input) {
      ...InstrumentVersionFields
    }
  }
`);

export const MoveInstrumentItemMutationDocument = graphql(`
  mutation MoveInstrumentItem($input: MoveInstrumentItemInput!) {
    moveInstrumentItem(input: $input) {
      ...InstrumentVersionFields
    }
  }
`);

export const PublishInstrumentDraftMutationDocument = graphql(`
  mutation PublishInstrumentDraft($key: String!) {
    publishInstrumentDraft(instrumentKey: $key) {
      id
      version
      status
      publishedAt
    }
  }
`);

export const DiscardInstrumentDraftMutationDocument = graphql(`
  mutation DiscardInstrumentDraft($key: String!) {
    discardInstrumentDraft(instrumentKey: $key)
  }
`);

export const ImportInstrumentMutationDocument = graphql(`
  mutation ImportInstrument($input: ImportInstrumentInput!) {
    importInstrument(input: $input) {
      id
      version
      title
      definitionJson
    }
  }
`);

export const ChecklistPolicyProgramsQueryDocument = graphql(`
  query ChecklistPolicyPrograms {
    programs {
      id
      name
    }
  }
`);

export const ChecklistPolicyQueryDocument = graphql(`
  query ChecklistPolicy($programId: ID!) {
    checklistPolicy(programId: $programId) {
      programId
      selfEveryDays
      supervisorEveryDays
      personServedEveryDays
    }
  }
`);

export const UpdateChecklistPolicyMutationDocument = graphql(`
  mutation UpdateChecklistPolicy($input: ChecklistPolicyInput!) {
    updateChecklistPolicy(input: $input) {
      programId
      selfEveryDays
      supervisorEveryDays
      personServedEveryDays
    }
  }
`);
