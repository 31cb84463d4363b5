// The honest floor of the cold-start ratio: a one-field Apollo Server Lambda handler whose resolver reads one item
// through DynamoDBDocumentClient, bundled with exactly the stack's settings. Beacon's size and import are judged
// against this one's.
import { ApolloServer } from '@apollo/server';
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';

const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));

const server = new ApolloServer({
  typeDefs: 'type Query { name(id: ID!): String }',
  resolvers: {
    Query: {
      name: async (_: unknown, { id }: { id: string }) => {
        const { Item } = await client.send(
          new GetCommand({ TableName: process.env.TABLE_NAME, Key: { pk: id, sk: id } }),
        );
        return typeof Item?.name === 'string' ? Item.name : null;
      },
    },
  },
});

export const handler = startServerAndCreateLambdaHandler(server, handlers.createAPIGatewayProxyEventV2RequestHandler());
