package dev.neonjava.testkit;

import dev.neonjava.generated.api.ApiKeyApi;
import dev.neonjava.generated.api.BranchApi;
import dev.neonjava.generated.api.EndpointApi;
import dev.neonjava.generated.api.OperationApi;
import dev.neonjava.generated.api.ProjectApi;
import dev.neonjava.generated.model.Branch;
import dev.neonjava.generated.model.BranchCreateRequestBranch;
import dev.neonjava.generated.model.BranchCreateRequestEndpointOptions;
import dev.neonjava.generated.model.CreateProjectBranchRequest;
import dev.neonjava.generated.model.CreateProjectBranchResponse;
import dev.neonjava.generated.model.CreateProjectResponse;
import dev.neonjava.generated.model.Endpoint;
import dev.neonjava.generated.model.EndpointType;
import dev.neonjava.generated.model.Operation;
import dev.neonjava.generated.model.ProjectCreateRequest;
import dev.neonjava.generated.model.ProjectCreateRequestProject;
import dev.neonjava.runtime.ApiClient;
import java.util.List;
import java.util.UUID;

/** The generated API classes over one client, with shorthands for the calls tests repeat. */
final class Api {
  final ProjectApi projects;
  final BranchApi branches;
  final EndpointApi endpoints;
  final OperationApi operations;
  final ApiKeyApi apiKeys;

  Api(ApiClient client) {
    this.projects = new ProjectApi(client);
    this.branches = new BranchApi(client);
    this.endpoints = new EndpointApi(client);
    this.operations = new OperationApi(client);
    this.apiKeys = new ApiKeyApi(client);
  }

  CreateProjectResponse createProject(String name) {
    return createProject(new ProjectCreateRequestProject().name(name));
  }

  CreateProjectResponse createProject(ProjectCreateRequestProject project) {
    return projects.createProject(ProjectApi.CreateProjectParams.builder()
        .projectCreateRequest(new ProjectCreateRequest().project(project)).build());
  }

  CreateProjectBranchResponse createBranch(String projectId, String name, boolean withCompute) {
    CreateProjectBranchRequest request = new CreateProjectBranchRequest()
        .branch(new BranchCreateRequestBranch().name(name));
    if (withCompute) {
      request.endpoints(List.of(new BranchCreateRequestEndpointOptions().type(EndpointType.READ_WRITE)));
    }
    return branches.createProjectBranch(BranchApi.CreateProjectBranchParams.builder().projectId(projectId)
        .createProjectBranchRequest(request).build());
  }

  Branch branch(String projectId, String branchId) {
    return branches.getProjectBranch(BranchApi.GetProjectBranchParams.builder().projectId(projectId)
        .branchId(branchId).build()).getBranch();
  }

  Endpoint endpoint(String projectId, String endpointId) {
    return endpoints.getProjectEndpoint(EndpointApi.GetProjectEndpointParams.builder().projectId(projectId)
        .endpointId(endpointId).build()).getEndpoint();
  }

  Operation operation(String projectId, UUID operationId) {
    return operations.getProjectOperation(OperationApi.GetProjectOperationParams.builder().projectId(projectId)
        .operationId(operationId).build()).getOperation();
  }
}
